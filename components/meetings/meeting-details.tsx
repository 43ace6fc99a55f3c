import Link from "next/link";
import { MEETING_TYPE_INFO } from "@/lib/domain/meetings/types";
import { formatDateTime, formatTime } from "@/lib/format";
import type { MeetingPage } from "@/lib/meetings/meeting-page";
import { INVITEE_KIND_LABELS, RESPONSE_LABELS } from "./labels";

/** When, where, who convened and who is invited, with their answers: what every invited organisation sees. */
export function MeetingDetails({ page }: { page: MeetingPage }) {
  const { meeting } = page;
  return (
    <section aria-labelledby="moede-fakta" className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-4">
      <h2 id="moede-fakta" className="text-lg font-semibold">Tid, sted og deltagere</h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Tid</dt>
        <dd>{formatDateTime(meeting.startsAt)}–{formatTime(meeting.endsAt)}</dd>
        <dt className="font-medium">Sted</dt>
        <dd>{meeting.place ?? "—"}</dd>
        {meeting.videoUrl && (<><dt className="font-medium">Video</dt><dd><a className="break-all text-brand-700 underline" href={meeting.videoUrl}>{meeting.videoUrl}</a></dd></>)}
        <dt className="font-medium">Indkaldt af</dt>
        <dd>{meeting.createdByName}, {page.conveningOrgName}</dd>
        <dt className="font-medium">Sag</dt>
        <dd><Link className="text-brand-700 underline" href={`/sager/${meeting.caseId}`}>{page.caseNumber}</Link></dd>
        <dt className="font-medium">Borgeren</dt>
        <dd>{MEETING_TYPE_INFO[meeting.type].citizenPresent ? "Deltager normalt" : "Kun fagpersoner"}</dd>
      </dl>
      <h3 className="font-semibold">Inviterede og deres svar</h3>
      <ul className="flex flex-col divide-y divide-slate-100">
        {page.invitees.map((i) => (
          <li key={i.id} className="flex flex-col py-2 sm:flex-row sm:gap-4">
            <span className="font-medium sm:w-1/3">{i.name}{i.kind !== "PROFESSIONAL" && <span className="font-normal text-slate-600"> ({INVITEE_KIND_LABELS[i.kind]})</span>}</span>
            <span className="text-slate-700 sm:w-1/3">{i.orgName ?? (i.kind === "EXTERNAL" ? i.email : "")}</span>
            <span className="sm:w-1/3">{i.kind === "PROFESSIONAL" ? RESPONSE_LABELS[i.response] : "Inviteres af indkalder"}{i.proxyName ? `: ${i.proxyName}` : ""}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
