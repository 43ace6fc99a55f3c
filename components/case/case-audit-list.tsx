import { Section } from "@/components/ui/section";
import { auditActionLabel } from "@/lib/audit/actions";
import { formatDateTime } from "@/lib/format";

type Event = { id: string; at: Date; action: string; actorName: string | null; orgName: string | null };

/** "Hvem har set sagen": shown to the responsible organisation, e.g. to answer the citizen. */
export function CaseAuditList({ events }: { events: Event[] }) {
  return (
    <Section title="Hvem har set sagen" id="hvem-har-set">
      <div className="relative overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Opslag og handlinger på sagen, nyeste først</caption>
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className="py-2 pr-4">Tidspunkt</th>
              <th scope="col" className="py-2 pr-4">Hvem</th>
              <th scope="col" className="py-2 pr-4">Organisation</th>
              <th scope="col" className="py-2">Handling</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} className="border-b border-slate-100">
                <td className="py-1 pr-4">{formatDateTime(e.at)}</td>
                <td className="py-1 pr-4">{e.actorName}</td>
                <td className="py-1 pr-4">{e.orgName}</td>
                <td className="py-1">{auditActionLabel(e.action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
