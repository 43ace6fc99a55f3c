import { Section } from "@/components/ui/section";
import type { DisclosureRow } from "@/lib/disclosures/queries";
import { recordTypeLabel } from "@/lib/disclosures/labels";
import { formatDateTime } from "@/lib/format";

/** "Videregivelser": who read which of our records, on what basis (journalføring of disclosures). */
export function DisclosuresSection({ caseId, rows, isResponsible }: { caseId: string; rows: DisclosureRow[]; isResponsible: boolean }) {
  return (
    <Section
      title="Videregivelser"
      id="videregivelser"
      actions={<a className="text-brand-700 underline" href={`/api/sager/${caseId}/videregivelser`}>Hent som CSV</a>}
    >
      <p className="text-sm text-slate-600">
        {isResponsible
          ? "Hver gang en anden organisation har læst oplysninger i sagen."
          : "Hver gang en anden organisation har læst din organisations oplysninger i sagen."}
      </p>
      {rows.length === 0 ? (
        <p className="mt-3 text-slate-600">Ingen videregivelser endnu.</p>
      ) : (
        <div className="relative mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Videregivelser i sagen, nyeste først</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">Tidspunkt</th>
                <th scope="col" className="py-2 pr-3">Kategori</th>
                <th scope="col" className="py-2 pr-3">Fra</th>
                <th scope="col" className="py-2 pr-3">Til</th>
                <th scope="col" className="py-2 pr-3">Formål og grundlag</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-200">
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(r.at)}</td>
                  <td className="py-2 pr-3">{r.categoryLabel} ({recordTypeLabel(r.recordType)})</td>
                  <td className="py-2 pr-3">{r.fromOrgName}</td>
                  <td className="py-2 pr-3">{r.toUserName}, {r.toOrgName}</td>
                  <td className="py-2 pr-3">{r.purpose}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
