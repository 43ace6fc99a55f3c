import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { idempotent } from "@/lib/db/idempotent";
import type { Prisma } from "@/lib/db/types";
import { MEETING_TYPE_INFO } from "@/lib/domain/meetings/types";
import { caseOrgsAndPeople } from "./case-people";
import type { ScheduleMeeting } from "./schemas";
import { meetingInterval } from "./when";

// Convening a meeting (issue 10 item 3): any organisation on the case may.
// Invitations are the invitee rows: every invited user sees the meeting in
// "Mine møder" and its calendar file; the citizen, her partner and external
// guests are shown as attendees and invited by the convener outside the app.

export async function scheduleMeeting(scope: CaseScope, input: ScheduleMeeting, now = new Date()): Promise<{ id: string }> {
  const { db, ctx } = scope;
  scope.require("meeting:convene");
  // A double submit gets the first one's meeting: nothing twice.
  return idempotent(
    () => db.meeting.findFirst({ where: { conveningOrgId: ctx.orgId, idempotencyKey: input.idempotencyKey }, select: { id: true } }),
    () => createMeeting(scope, input, now),
  );
}

async function createMeeting(scope: CaseScope, input: ScheduleMeeting, now: Date): Promise<{ id: string }> {
  const { db, ctx, caseId } = scope;
  const { startsAt, endsAt } = meetingInterval(input);
  if (startsAt <= now) throw new ValidationError("Mødet ligger i fortiden.", { date: ["Vælg et tidspunkt frem i tiden"] });
  if (MEETING_TYPE_INFO[input.type].pregnancyOnly && scope.kind !== "GRAVID") {
    throw new ValidationError("Mødetypen hører til en graviditet.", { type: ["Et terminsmøde holdes på den gravides sag"] });
  }
  const { people } = await caseOrgsAndPeople(scope);
  const invited = input.professionals.map((p, i) => {
    if (!scope.isOnCase(p.orgId)) throw new ValidationError("Organisationen er ikke på sagen.", { [`professionals.${i}.orgId`]: ["Organisationen deltager ikke i sagen"] });
    const person = people.find((x) => x.userId === p.userId && x.orgId === p.orgId);
    if (!person) throw new ValidationError("Personen findes ikke i organisationen.", { [`professionals.${i}.userId`]: ["Vælg en person fra organisationen"] });
    return person;
  });

  const invitees: Prisma.MeetingInviteeCreateWithoutMeetingInput[] = [
    ...invited.map((p) => ({ caseId, kind: "PROFESSIONAL" as const, orgId: p.orgId, userId: p.userId, name: p.name,
      // The convener's own invitation is answered by convening.
      ...(p.userId === ctx.userId ? { response: "DELTAGER" as const, respondedAt: now } : {}) })),
    ...(input.citizen ? [{ caseId, kind: "CITIZEN" as const, name: "Borgeren" }] : []),
    ...(input.partner ? [{ caseId, kind: "PARTNER" as const, name: input.partnerName ?? "Partner" }] : []),
    ...input.externals.map((e) => ({ caseId, kind: "EXTERNAL" as const, name: e.name, email: e.email })),
  ];

  const meeting = await db.meeting.create({
    data: {
      caseId, conveningOrgId: ctx.orgId, type: input.type, startsAt, endsAt, place: input.place ?? null,
      videoUrl: input.videoUrl ?? null, idempotencyKey: input.idempotencyKey, createdByUserId: ctx.userId,
      createdByName: ctx.userName, invitees: { create: invitees },
    },
    select: { id: true },
  });
  const prompts = Object.fromEntries(Object.entries(input.prompts).filter(([, v]) => !!v));
  if (input.agenda || Object.keys(prompts).length > 0) {
    await db.meetingAgenda.create({ data: { meetingId: meeting.id, caseId, authorOrgId: ctx.orgId, text: input.agenda ?? "", prompts } });
  }
  await audit(db, ctx, {
    action: "meeting.schedule", entityType: "Meeting", entityId: meeting.id, caseId,
    details: { type: input.type, startsAt: startsAt.toISOString(), invitedOrgs: [...new Set(invited.map((p) => p.orgId))], invitees: invitees.length },
  });
  return meeting;
}
