import { Section } from "@/components/ui/section";
import { formatDateTime } from "@/lib/format";
import type { MinutesView } from "@/lib/meetings/minutes/queries";
import { AddendumForm } from "./addendum-form";
import { ApproveMinutesButton } from "./approve-minutes-button";
import { MinutesForm } from "./minutes-form";
import { MinutesReadOnly } from "./minutes-read-only";
import type { MinutesInvitee, MinutesOrg, MinutesPerson } from "./minutes-types";

/**
 * The meeting page's "Referat" (issue 10 items 7-8). `view` comes from
 * getMinutesView (the disclosures are written there); `canWrite` from
 * canWriteMinutes: the convener, from the meeting's start, unless cancelled.
 */
export function MinutesSection({ meetingId, caseId, view, canWrite, invitees, caseOrgs, people }: {
  meetingId: string; caseId: string; view: MinutesView; canWrite: boolean;
  invitees: MinutesInvitee[]; caseOrgs: MinutesOrg[]; people: MinutesPerson[];
}) {
  if (!view.shared) {
    return (
      <Section title="Referat" id="referat">
        <p>Referatet er ikke delt med din organisation.</p>
      </Section>
    );
  }
  const { minutes } = view;
  const approved = minutes?.status === "APPROVED";
  return (
    <Section title="Referat" id="referat">
      <div className="flex flex-col gap-5">
        {!minutes && !canWrite && <p>Der er endnu ikke et godkendt referat af mødet.</p>}
        {minutes && (approved || !canWrite) && (
          <MinutesReadOnly
            minutes={minutes} attendance={view.attendance} invitees={invitees} caseOrgs={caseOrgs} caseId={caseId}
            meetingId={meetingId} canWrite={canWrite}
          />
        )}
        {canWrite && !approved && (
          <>
            <MinutesForm
              meetingId={meetingId} draft={minutes} attendance={view.attendance} invitees={invitees} caseOrgs={caseOrgs}
              people={people} caseKind={view.caseKind} canShareStamdata={view.canShareStamdata}
            />
            {minutes && <div><ApproveMinutesButton meetingId={meetingId} /></div>}
          </>
        )}
        {approved && (
          <div className="flex flex-col gap-3">
            <h3 className="font-medium">Tillæg</h3>
            {view.addenda.length === 0 ? <p>Ingen tillæg.</p> : (
              <ul className="flex flex-col gap-2">
                {view.addenda.map((a) => (
                  <li key={a.id} className="rounded border border-slate-200 p-3">
                    <p className="text-sm text-slate-700">{a.byName}, {formatDateTime(a.at)}</p>
                    <p className="whitespace-pre-wrap">{a.text}</p>
                  </li>
                ))}
              </ul>
            )}
            {canWrite && <AddendumForm meetingId={meetingId} />}
          </div>
        )}
      </div>
    </Section>
  );
}
