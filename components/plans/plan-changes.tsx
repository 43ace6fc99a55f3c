import type { Change } from "@/lib/domain/plans/diff";

const KIND_LABELS: Record<Change["kind"], string> = { added: "Tilføjet", removed: "Fjernet", changed: "Ændret" };

/** What changed since the previous approved version: words, not colour alone. */
export function PlanChanges({ changes }: { changes: Change[] }) {
  return (
    <section aria-labelledby="aendringer-titel" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="aendringer-titel" className="text-lg font-semibold">Ændringer siden sidst godkendte version</h2>
      {changes.length === 0 ? <p>Ingen ændringer endnu.</p> : (
        <ul className="mt-2 flex flex-col gap-1">
          {changes.map((c, i) => (
            <li key={i}><span className="font-medium">{KIND_LABELS[c.kind]} {c.what.toLowerCase()}:</span> {c.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
