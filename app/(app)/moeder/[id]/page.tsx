import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "@/lib/validation/zod";
import { MinutesSection } from "@/components/meetings/minutes-section";
import { NotFoundError } from "@/lib/access/errors";
import { withMeetingScope } from "@/lib/access/meeting-scope";
import { requireAccess } from "@/lib/auth/context";
import { MEETING_TYPE_INFO } from "@/lib/domain/meetings/types";
import { formatDateTime } from "@/lib/format";
import { caseOrgsAndPeople } from "@/lib/meetings/case-people";
import { canWriteMinutes, getMinutesView } from "@/lib/meetings/minutes/queries";

// Minimal meeting page for the referat (helper branch): the lead's meeting
// page (issue 10) replaces this and renders <MinutesSection> the same way.

export const metadata: Metadata = { title: "Møde" };

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireAccess();
  const id = z.guid().safeParse((await params).id);
  if (!id.success) notFound();
  const page = await withMeetingScope(ctx, id.data, async (ms) => ({
    meeting: ms.meeting,
    canWrite: canWriteMinutes(ms),
    invitees: await ms.scope.db.meetingInvitee.findMany({
      where: { meetingId: ms.meeting.id }, orderBy: { name: "asc" }, select: { id: true, name: true, kind: true },
    }),
    ...(await caseOrgsAndPeople(ms.scope)),
    view: await getMinutesView(ms),
  })).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { meeting } = page;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{MEETING_TYPE_INFO[meeting.type].label}</h1>
      <p>{formatDateTime(meeting.startsAt)}{meeting.place ? `, ${meeting.place}` : ""}{meeting.status === "CANCELLED" ? " (aflyst)" : ""}</p>
      <MinutesSection
        meetingId={meeting.id} caseId={meeting.caseId} view={page.view} canWrite={page.canWrite}
        invitees={page.invitees} caseOrgs={page.orgs} people={page.people}
      />
    </div>
  );
}
