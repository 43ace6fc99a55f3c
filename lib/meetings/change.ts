import "server-only";
import type { MeetingScope } from "@/lib/access/meeting-scope";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { formatDateTime } from "@/lib/format";
import type { z } from "@/lib/validation/zod";
import type { cancelMeetingSchema, moveMeetingSchema } from "./schemas";
import { meetingInterval } from "./when";

// Moving and cancelling (issue 10 item 6): the convener only, with a reason;
// each change bumps the calendar SEQUENCE (RFC 5545) and leaves a
// MeetingChange row that every invitee sees. Nothing is deleted.

export async function moveMeeting(ms: MeetingScope, input: z.output<typeof moveMeetingSchema>, now = new Date()): Promise<void> {
  ms.requireManage();
  const { db, ctx } = ms.scope;
  const { meeting } = ms;
  const { startsAt, endsAt } = meetingInterval(input);
  if (startsAt <= now) throw new ValidationError("Mødet ligger i fortiden.", { date: ["Vælg et tidspunkt frem i tiden"] });
  const changes = [
    startsAt.getTime() !== meeting.startsAt.getTime() || endsAt.getTime() !== meeting.endsAt.getTime()
      ? `Tid: ${formatDateTime(meeting.startsAt)} → ${formatDateTime(startsAt)}` : null,
    (input.place ?? null) !== meeting.place ? `Sted: ${input.place ?? "intet"}` : null,
    (input.videoUrl ?? null) !== meeting.videoUrl ? (input.videoUrl ? "Nyt videolink" : "Videolink fjernet") : null,
  ].filter((c): c is string => !!c);
  if (changes.length === 0) throw new ValidationError("Intet er ændret.", { date: ["Skift tid, sted eller videolink"] });

  await db.meeting.update({
    where: { id: meeting.id },
    data: { startsAt, endsAt, place: input.place ?? null, videoUrl: input.videoUrl ?? null, sequence: { increment: 1 } },
  });
  await db.meetingChange.create({
    data: { meetingId: meeting.id, caseId: meeting.caseId, orgId: ctx.orgId, summary: changes.join("; "), reason: input.reason, byName: ctx.userName },
  });
  // Answers were given to the old time: everyone answers again, but the one moving it.
  await db.meetingInvitee.updateMany({
    where: { meetingId: meeting.id, kind: "PROFESSIONAL", NOT: { userId: ctx.userId } },
    data: { response: "AFVENTER", proxyName: null, respondedAt: null },
  });
  await audit(db, ctx, {
    action: "meeting.move", entityType: "Meeting", entityId: meeting.id, caseId: meeting.caseId,
    details: { startsAt: startsAt.toISOString(), sequence: meeting.sequence + 1 },
  });
}

export async function cancelMeeting(ms: MeetingScope, input: z.output<typeof cancelMeetingSchema>, now = new Date()): Promise<void> {
  ms.requireManage();
  const { db, ctx } = ms.scope;
  const { meeting } = ms;
  await db.meeting.update({
    where: { id: meeting.id },
    data: { status: "CANCELLED", cancelledAt: now, cancelReason: input.reason, sequence: { increment: 1 } },
  });
  await db.meetingChange.create({
    data: { meetingId: meeting.id, caseId: meeting.caseId, orgId: ctx.orgId, summary: "Mødet er aflyst", reason: input.reason, byName: ctx.userName },
  });
  await audit(db, ctx, { action: "meeting.cancel", entityType: "Meeting", entityId: meeting.id, caseId: meeting.caseId });
}
