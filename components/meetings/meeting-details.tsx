import Link from "next/link";
import { MEETING_TYPE_INFO } from "@/lib/domain/meetings/types";
import { formatDateTime } from "@/lib/format";
import type { MeetingPage } from "@/lib/meetings/meeting-page";
import { INVITEE_KIND_LABELS, RESPONSE_LABELS } from "./labels";

/** When, where, who convened and who is invited, with their answers: what every invited organisation sees. */
export function MeetingDetails({ page }: { page: MeetingPage }) {
  const { meeting } = page;
  const time = new Intl.DateTimeFormat("da-DK", { timeZone: "Europe/Copenhagen", hour: "2-digit", minute: "2-digit" });
  return (
    <section aria-labelledby="moede-fakta" className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-4">
      <h2 id="moede-fakta" className="text-lg font-semibold">Tid, sted og deltagere</h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Tid</dt>
        <dd>{formatDateTime(meeting.startsAt)}–{time.format(meeting.endsAt)}</dd>
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
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Inviterede og deres svar</caption>
          <thead><tr className="border-b border-slate-300"><th scope="col" className="py-2 pr-3">Navn</th><th scope="col" className="py-2 pr-3">Organisation</th><th scope="col" className="py-2">Svar</th></tr></thead>
          <tbody>
            {page.invitees.map((i) => (
              <tr key={i.id} className="border-b border-slate-100">
                <td className="py-2 pr-3">{i.name}{i.kind !== "PROFESSIONAL" && <span className="text-slate-600"> ({INVITEE_KIND_LABELS[i.kind]})</span>}</td>
                <td className="py-2 pr-3">{i.orgName ?? (i.kind === "EXTERNAL" ? i.email : "—")}</td>
                <td className="py-2">{i.kind === "PROFESSIONAL" ? RESPONSE_LABELS[i.response] : "Inviteres af indkalder"}{i.proxyName ? `: ${i.proxyName}` : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
