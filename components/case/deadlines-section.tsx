import { Section } from "@/components/ui/section";
import { Clock } from "@/components/underretning/clock";
import type { CaseDeadlines } from "@/lib/tasks/queries";
import { formatDateTime } from "@/lib/format";

/** The case's statutory clocks, each with its legal reference. */
export function DeadlinesSection({ deadlines, calendar }: CaseDeadlines) {
  const now = new Date();
  return (
    <Section title="Frister" id="frister">
      {deadlines.length === 0 ? (
        <p>Sagen har ingen frister endnu. Frister oprettes ud fra reglerne, fx når en underretning registreres.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {deadlines.map((d) => (
            <li key={d.id} className="border-l-4 border-slate-300 pl-3">
              <p className="font-medium">{d.label}</p>
              <p className="text-sm text-slate-700">{d.legalReference} · {d.kind === "EARLIEST" ? "Tidligst" : "Senest"} {formatDateTime(d.dueAt)}</p>
              {d.kind === "DUE" && <Clock clock={d} now={now} calendar={calendar} />}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
