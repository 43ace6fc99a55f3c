import "server-only";
import type { MeetingScope } from "@/lib/access/meeting-scope";
import { NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import type { z } from "@/lib/validation/zod";
import type { respondSchema } from "./schemas";

// An invited professional answers: deltager / deltager ikke / sender
// stedfortræder (with the proxy's name). Only her own invitation.

export async function respondToMeeting(ms: MeetingScope, input: z.output<typeof respondSchema>, now = new Date()): Promise<void> {
  const { db, ctx } = ms.scope;
  const { meeting } = ms;
  const invitation = await db.meetingInvitee.findFirst({ where: { meetingId: meeting.id, userId: ctx.userId }, select: { id: true } });
  if (!invitation) throw new NotFoundError("meeting");
  if (meeting.status === "CANCELLED") throw new ValidationError("Mødet er aflyst og kan ikke besvares.");
  if (meeting.endsAt <= now) throw new ValidationError("Mødet er afholdt og kan ikke længere besvares.");
  await db.meetingInvitee.update({
    where: { id: invitation.id },
    data: { response: input.response, proxyName: input.response === "STEDFORTRAEDER" ? input.proxyName ?? null : null, respondedAt: now },
  });
  await audit(db, ctx, {
    action: "meeting.respond", entityType: "Meeting", entityId: meeting.id, caseId: meeting.caseId, details: { response: input.response },
  });
}
