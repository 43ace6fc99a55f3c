import { Section } from "@/components/ui/section";
import { formatDateTime } from "@/lib/format";
import type { SentRow } from "@/lib/underretninger/inbox";

/**
 * The sender's own submissions the kommune has not registered yet. Once
 * registered, a submission shows in "Underretninger fra din organisation".
 */
export function SentList({ rows }: { rows: SentRow[] }) {
  return (
    <Section title="Sendt til kommunen" id="sendte-underretninger">
      <ul className="flex flex-col gap-2">
        {rows.map((r) => (
          <li key={r.id} className="border-b border-slate-200 pb-2 last:border-0">
            <span className="font-medium">Om {r.subjectFirstName} {r.subjectLastName}</span>, sendt {formatDateTime(r.submittedAt)} til {r.toOrgName}
            <span className="block text-sm text-slate-700">Af {r.fromUserName}. Afventer kommunens registrering.</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
