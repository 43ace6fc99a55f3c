import { formatDateTime } from "@/lib/format";

/** What the convener changed and why, newest first. */
export function MeetingChanges({ changes }: { changes: readonly { id: string; summary: string; reason: string; byName: string; at: Date }[] }) {
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby="moede-aendringer" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="moede-aendringer" className="text-lg font-semibold">Ændringer</h2>
      <ul className="mt-2 flex flex-col gap-2">
        {changes.map((c) => (
          <li key={c.id}><strong>{c.summary}</strong>. Begrundelse: {c.reason}. <span className="text-slate-600">{c.byName}, {formatDateTime(c.at)}</span></li>
        ))}
      </ul>
    </section>
  );
}
