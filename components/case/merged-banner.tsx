import Link from "next/link";

/** A merged-away case (ADR 0017) is history: the banner leads to the case it was merged into. */
export function MergedBanner({ mergedIntoCaseId }: { mergedIntoCaseId: string | null }) {
  if (!mergedIntoCaseId) return null;
  return (
    <div role="note" className="rounded border-l-4 border-brand-700 bg-brand-50 p-4">
      <p className="font-medium">Denne sag er lagt sammen med en anden sag og er afsluttet.</p>
      <p className="mt-1">
        Notater, underretninger, samtykker, frister, opgaver og deltagere findes nu på{" "}
        <Link className="text-brand-700 underline" href={`/sager/${mergedIntoCaseId}`}>den sammenlagte sag</Link>.
      </p>
    </div>
  );
}
