"use client";

import { useRouter } from "next/navigation";
import { registerSubmissionAction } from "@/lib/underretninger/server-actions";
import { ActionButton } from "@/components/ui/action-button";
import type { CalendarOptions } from "@/lib/domain/calendar";
import { formatDateTime } from "@/lib/format";
import { ABOUT_LABELS } from "@/lib/underretninger/labels";
import type { IncomingRow } from "@/lib/underretninger/inbox";
import { Clock } from "./clock";

/**
 * "Indsendt af andre organisationer": submissions waiting to be registered,
 * oldest first. The 24-hour clock already runs from the submission.
 */
export function IncomingList({ rows, calendar, now }: { rows: IncomingRow[]; calendar: CalendarOptions; now: Date }) {
  const router = useRouter();
  return (
    <section aria-labelledby="indsendte-titel" className="flex flex-col gap-3">
      <h2 id="indsendte-titel" className="text-lg font-semibold">Indsendt af andre organisationer</h2>
      <p className="text-sm text-slate-700">Fristen på 24 timer regnes fra indsendelsen. Registrér underretningen for at oprette eller finde sagen.</p>
      <div className="relative overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left">
          <caption className="sr-only">Underretninger indsendt af andre organisationer, ældste først</caption>
          <thead className="border-b border-slate-300 bg-slate-100 text-sm">
            <tr>
              <th scope="col" className="px-4 py-2">Indsendt</th>
              <th scope="col" className="px-4 py-2">Fra</th>
              <th scope="col" className="px-4 py-2">Vedrører</th>
              <th scope="col" className="px-4 py-2">Vurdering inden 24 timer</th>
              <th scope="col" className="px-4 py-2"><span className="sr-only">Handling</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 align-top last:border-0">
                <td className="px-4 py-2">{formatDateTime(r.submittedAt)}</td>
                <td className="px-4 py-2">
                  {r.fromOrgName}
                  <span className="block text-sm text-slate-600">{r.fromUserName}</span>
                </td>
                <td className="px-4 py-2 text-sm">{ABOUT_LABELS[r.about]}</td>
                <td className="px-4 py-2">
                  <Clock clock={{ dueAt: r.dueAt, metAt: null }} now={now} calendar={calendar} />
                </td>
                <td className="px-4 py-2">
                  <ActionButton
                    label="Registrér"
                    ariaLabel={`Registrér underretning fra ${r.fromOrgName}, indsendt ${formatDateTime(r.submittedAt)}`}
                    run={async () => {
                      const result = await registerSubmissionAction({ submissionId: r.id });
                      if (result.ok) router.push(`/underretninger/${result.data.id}`);
                      return result;
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
