import { Section } from "@/components/ui/section";
import { formatDateTime } from "@/lib/format";
import type { ReporterStatusRow } from "@/lib/underretninger/queries";

/**
 * What a reporting organisation may know about its own underretninger
 * (Barnets Lov §§ 136-137): received, kvittering sent, action started, and
 * whom it was about and who sent it as the organisation itself wrote it (its
 * own submission). Nothing from the kommune's case.
 */
export function ReporterStatusList({ rows }: { rows: ReporterStatusRow[] }) {
  return (
    <Section title="Underretninger fra din organisation" id="egne-underretninger">
      {rows.length === 0 ? (
        <p>Kommunen har ikke registreret underretninger fra din organisation.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Status på underretninger sendt af din organisation</caption>
            <thead className="border-b border-slate-300 text-sm">
              <tr>
                <th scope="col" className="py-2 pr-4">Om (som I skrev det)</th>
                <th scope="col" className="py-2 pr-4">Sendt af</th>
                <th scope="col" className="py-2 pr-4">Modtaget af kommunen</th>
                <th scope="col" className="py-2 pr-4">Status</th>
                <th scope="col" className="py-2">Handling iværksat</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-200 last:border-0">
                  <td className="py-2 pr-4">{r.about ?? "Ikke sendt via Samforløb"}</td>
                  <td className="py-2 pr-4">{r.sentBy ?? "–"}</td>
                  <td className="py-2 pr-4">{formatDateTime(r.receivedAt)}</td>
                  <td className="py-2 pr-4">{r.receiptSent ? "Kvittering sendt" : "Modtaget"}</td>
                  <td className="py-2">
                    {r.actionStarted === null ? "Ikke meddelt endnu" : `Handling iværksat: ${r.actionStarted ? "Ja" : "Nej"}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
