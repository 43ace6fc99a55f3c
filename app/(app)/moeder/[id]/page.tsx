import type { Metadata } from "next";
import { CancelMeetingForm, MoveMeetingForm } from "@/components/meetings/change-meeting-forms";
import { MeetingAgenda } from "@/components/meetings/meeting-agenda";
import { MeetingChanges } from "@/components/meetings/meeting-changes";
import { MeetingDetails } from "@/components/meetings/meeting-details";
import { MinutesSection } from "@/components/meetings/minutes-section";
import { RespondForm } from "@/components/meetings/respond-form";
import { Disclosure } from "@/components/ui/disclosure";
import { FormMessage } from "@/components/ui/form-message";
import { withMeetingScope } from "@/lib/access/meeting-scope";
import { idParamOr404, loadOr404 } from "@/lib/access/page";
import { requireAccess } from "@/lib/auth/context";
import { MEETING_TYPE_INFO } from "@/lib/domain/meetings/types";
import { getMeetingPage } from "@/lib/meetings/meeting-page";
import { getMinutesSection } from "@/lib/meetings/minutes/queries";
import { meetingWhenOf } from "@/lib/meetings/when";

export const metadata: Metadata = { title: "Møde" };

export default async function MeetingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ oprettet?: string }> }) {
  const ctx = await requireAccess();
  const id = await idParamOr404(params);
  const page = await loadOr404(withMeetingScope(ctx, id, async (ms) => ({ ...(await getMeetingPage(ms)), minutes: await getMinutesSection(ms) })));
  const { meeting } = page;
  const created = (await searchParams).oprettet === "1";

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{MEETING_TYPE_INFO[meeting.type].label}{page.cancelled && <span className="ml-2 rounded bg-red-100 px-2 py-1 text-base text-red-900">Aflyst</span>}</h1>
        {page.cancelled && <p className="mt-1">Aflyst: {meeting.cancelReason}</p>}
      </div>
      {created && <FormMessage kind="success">Mødet er oprettet, og de inviterede kan se det under Mine møder.</FormMessage>}
      <p><a className="text-brand-700 underline" href={`/api/moeder/${meeting.id}/ics`} download>Hent kalenderfil (.ics)</a></p>
      {page.canRespond && page.myInvitation && <RespondForm meetingId={meeting.id} current={page.myInvitation.response} proxyName={page.myInvitation.proxyName} />}
      <MeetingDetails page={page} />
      <MeetingAgenda agenda={page.agenda} withheld={page.agendaWithheld} />
      <MeetingChanges changes={page.changes} />
      <MinutesSection
        meetingId={meeting.id} caseId={meeting.caseId} {...page.minutes}
        invitees={page.invitees.map(({ id, name, kind }) => ({ id, name, kind }))}
      />
      {page.canManage && (
        <section aria-labelledby="moede-aendre" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="moede-aendre" className="text-lg font-semibold">Flyt eller aflys</h2>
          <Disclosure label="Flyt mødet"><MoveMeetingForm meetingId={meeting.id} when={meetingWhenOf(meeting.startsAt, meeting.endsAt)} place={meeting.place} videoUrl={meeting.videoUrl} /></Disclosure>
          <Disclosure label="Aflys mødet"><CancelMeetingForm meetingId={meeting.id} /></Disclosure>
        </section>
      )}
    </div>
  );
}
