import Link from "next/link";
import { atCopenhagen } from "@/lib/domain/calendar";
import { categoryLabel } from "@/lib/domain/categories";
import { formatDate, formatDateTime } from "@/lib/format";
import { ATTENDANCE_LABELS, MINUTES_TEXT_FIELDS } from "@/lib/meetings/minutes/labels";
import type { MinutesContent } from "@/lib/meetings/minutes/queries";
import type { MinutesInvitee, MinutesOrg } from "./minutes-types";

/** The referat as read: its structure, actions, next meeting, attendance, consent at the start. */
export function MinutesReadOnly({ minutes, attendance, invitees, caseOrgs, caseId, meetingId, canWrite }: {
  minutes: MinutesContent; attendance: Record<string, keyof typeof ATTENDANCE_LABELS | null>; invitees: MinutesInvitee[];
  caseOrgs: MinutesOrg[]; caseId: string; meetingId: string; canWrite: boolean;
}) {
  const orgName = (id: string) => caseOrgs.find((o) => o.id === id)?.name ?? "Anden organisation";
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        {minutes.status === "APPROVED" && minutes.approvedAt
          ? <>Status: godkendt {formatDateTime(minutes.approvedAt)} af {minutes.approvedByName}. Skrevet af {minutes.writtenByName}.</>
          : <>Status: udkast, senest gemt {formatDateTime(minutes.updatedAt)}. Skrevet af {minutes.writtenByName}.</>}
      </p>
      <dl className="flex flex-col gap-3">
        {MINUTES_TEXT_FIELDS.map((f) => (
          <div key={f.name}>
            <dt className="font-medium">{f.label}</dt>
            <dd className="whitespace-pre-wrap">{minutes[f.name]}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="font-medium">Handlinger</h3>
        {minutes.actions.length === 0 ? <p>Ingen handlinger.</p> : (
          <ul className="list-disc pl-5">
            {minutes.actions.map((a, i) => (
              <li key={i}>{a.title}: {a.ownerName}, frist {formatDate(atCopenhagen(a.dueOn))}</li>
            ))}
          </ul>
        )}
      </div>
      <p>
        <span className="font-medium">Næste møde: </span>
        {minutes.nextMeetingOn ? formatDate(atCopenhagen(minutes.nextMeetingOn)) : "ikke aftalt"}
        {canWrite && (
          <> · <Link href={`/sager/${caseId}/moeder/nyt?efter=${meetingId}`} className="text-brand-700 underline">Planlæg næste møde</Link></>
        )}
      </p>
      <div>
        <h3 className="font-medium">Fremmøde</h3>
        <ul className="list-disc pl-5">
          {invitees.map((i) => {
            const a = attendance[i.id];
            return <li key={i.id}>{i.name}: {a ? ATTENDANCE_LABELS[a] : "ikke registreret"}</li>;
          })}
        </ul>
      </div>
      <p>
        <span className="font-medium">Samtykke indhentet ved mødets start: </span>
        {minutes.consent
          ? `ja, givet af ${minutes.consent.givenByName}, til ${minutes.consent.recipientOrgIds.map(orgName).join(", ")} om ${minutes.consent.categories.map(categoryLabel).join(", ").toLowerCase()}.`
          : "nej."}
      </p>
    </div>
  );
}
