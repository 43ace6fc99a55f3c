import Link from "next/link";
import type { CalendarOptions } from "@/lib/domain/calendar";
import { formatDateTime } from "@/lib/format";
import { ABOUT_LABELS, OUTCOME_LABELS, REPORTER_KIND_LABELS } from "@/lib/underretninger/labels";
import type { QueueRow } from "@/lib/underretninger/queries";
import { WithoutCprTag } from "@/components/case/without-cpr-tag";
import { ClockOrNone, RULE_24H, RULE_RECEIPT } from "./clock";
import { TakeReportButton } from "./report-assignee";

/** The triage queue: nearest open clock first (the query orders it). */
export function QueueTable({ reports, calendar, now, empty, userId }: { reports: QueueRow[]; calendar: CalendarOptions; now: Date; empty: string; userId: string }) {
  if (reports.length === 0) {
    return (
      <p className="rounded-lg border border-slate-300 bg-white p-6">
        {empty} Registrér en modtaget underretning med <Link className="text-brand-700 underline" href="/underretninger/ny">Ny underretning</Link>.
      </p>
    );
  }
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">Modtagne underretninger, nærmeste frist først</caption>
        <thead className="border-b border-slate-300 bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="px-4 py-2">Modtaget</th>
            <th scope="col" className="px-4 py-2">Vedrører</th>
            <th scope="col" className="px-4 py-2">Underretter</th>
            <th scope="col" className="px-4 py-2">Vurdering inden 24 timer</th>
            <th scope="col" className="px-4 py-2">Kvittering inden 6 hverdage</th>
            <th scope="col" className="px-4 py-2">Udfald</th>
            <th scope="col" className="px-4 py-2">Behandles af</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top last:border-0">
              <td className="px-4 py-2">
                <Link href={`/underretninger/${r.id}`} className="font-medium text-brand-700 underline">
                  {formatDateTime(r.receivedAt)}
                </Link>
              </td>
              <td className="px-4 py-2">
                {r.subjectName}
                {r.subjectWithoutCpr && <WithoutCprTag />}
                <span className="block text-sm text-slate-600">{ABOUT_LABELS[r.about]}</span>
                {r.activeInterventionFlag && <span className="block text-sm font-medium text-violet-900">Aktiv indsats (§ 137)</span>}
              </td>
              <td className="px-4 py-2 text-sm">
                {REPORTER_KIND_LABELS[r.reporterKind]}
                {r.reporterOrganisation && <span className="block text-slate-600">{r.reporterOrganisation}</span>}
              </td>
              <td className="px-4 py-2">
                <ClockOrNone clocks={r.clocks} ruleId={RULE_24H} none="Ingen frist" now={now} calendar={calendar} />
              </td>
              <td className="px-4 py-2">
                <ClockOrNone clocks={r.clocks} ruleId={RULE_RECEIPT} none="Ingen kvittering (anonym)" now={now} calendar={calendar} />
              </td>
              <td className="px-4 py-2 text-sm">{r.outcome ? OUTCOME_LABELS[r.outcome] : "Ikke registreret"}</td>
              <td className="px-4 py-2 text-sm">
                {r.assignee ? (r.assignee.isMe ? "Dig" : r.assignee.name) : "Ingen"}
                {!r.assignee?.isMe && !r.outcome && <span className="block"><TakeReportButton reportId={r.id} userId={userId} label={r.subjectName} /></span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
