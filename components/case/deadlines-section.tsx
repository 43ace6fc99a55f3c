import { Section } from "@/components/ui/section";
import { Clock } from "@/components/underretning/clock";
import type { CaseDeadlines } from "@/lib/tasks/queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { CaseEventForm } from "./case-event-form";
import { MeetDeadlineButton } from "./meet-deadline-button";

/** The case's statutory clocks the organisation may see, each with its legal reference. */
export function DeadlinesSection({ caseId, deadlines, calendar, events }: CaseDeadlines & { caseId: string }) {
  const now = new Date();
  return (
    <Section title="Frister" id="frister">
      {deadlines.length === 0 ? (
        <p>
          Ingen frister, som din organisation kan se. Frister oprettes ud fra reglerne, fx når en underretning registreres;
          en anden organisations frister ses under et samtykke eller en hjemmel, der dækker dem.
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {deadlines.map((d) => (
            <li key={d.id} className="border-l-4 border-slate-300 pl-3">
              <p className="font-medium">{d.label}</p>
              <p className="text-sm text-slate-700">
                {d.legalReference} · {d.kind === "EARLIEST" ? `Tidligst ${formatDate(d.dueAt)}` : `Senest ${formatDateTime(d.dueAt)}`}
              </p>
              {d.kind === "DUE" && <Clock clock={d} now={now} calendar={calendar} />}
              {d.metBy && <div className="mt-2"><MeetDeadlineButton caseId={caseId} deadlineId={d.id} metBy={d.metBy} label={d.label} /></div>}
            </li>
          ))}
        </ul>
      )}
      {events.length > 0 && <CaseEventForm caseId={caseId} events={events} />}
    </Section>
  );
}
