import "server-only";
import type { MeetingScope } from "@/lib/access/meeting-scope";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { recordConsent } from "@/lib/consents/actions";
import { copenhagenDay } from "@/lib/domain/calendar";
import { MEETING_TYPE_INFO } from "@/lib/domain/meetings/types";
import { caseOrgsAndPeople } from "@/lib/meetings/case-people";
import { dottedDay } from "./labels";
import type { SaveMinutesValues } from "./schemas";

// The referat (issue 10 item 7, ADR 0025): written by the convener as a
// draft from the meeting's start, approved once (then immutable: the
// database refuses updates), corrected by addenda. Each takes the request's
// meeting scope: an outsider never gets one (NotFoundError).

function invalid(field: string, message: string): ValidationError {
  return new ValidationError(message, { [field]: [message] });
}

/** The convener may minute the meeting now: not cancelled (requireManage), and begun. */
function requireMinutable(ms: MeetingScope, now: Date): void {
  ms.requireManage();
  if (ms.meeting.startsAt > now) throw new ValidationError("Referatet kan først skrives, når mødet er begyndt");
}

async function currentMinutes(ms: MeetingScope) {
  return ms.scope.db.meetingMinutes.findUnique({
    where: { meetingId: ms.meeting.id }, select: { id: true, status: true, consentId: true, actions: true },
  });
}

type StoredAction = { title: string; ownerOrgId: string; ownerUserId: string | null; ownerName: string; dueOn: string };

/** Owners must be on the case; a named person must work in the owner organisation there. */
async function ownedActions(ms: MeetingScope, actions: SaveMinutesValues["actions"]): Promise<StoredAction[]> {
  const { orgs, people } = await caseOrgsAndPeople(ms.scope);
  return actions.map((a, i) => {
    const org = orgs.find((o) => o.id === a.ownerOrgId);
    if (!org) throw invalid(`actions.${i}.ownerOrgId`, "Vælg en organisation, der deltager i sagen");
    const person = a.ownerUserId ? people.find((p) => p.userId === a.ownerUserId && p.orgId === org.id) : undefined;
    if (a.ownerUserId && !person) throw invalid(`actions.${i}.ownerUserId`, "Vælg en person fra den ansvarlige organisation");
    return { title: a.title, ownerOrgId: org.id, ownerUserId: person?.userId ?? null, ownerName: person ? `${person.name}, ${org.name}` : org.name, dueOn: a.dueOn };
  });
}

/**
 * The consent given at the meeting's start, through THE consent path (the
 * wizard's recordConsent: giver rule, recipients on the case, bases, expiry
 * reminder, audit). Its field errors come back under consentAtStart.
 */
async function recordConsentAtStart(ms: MeetingScope, consent: SaveMinutesValues["consentAtStart"]): Promise<string> {
  const day = copenhagenDay(ms.meeting.startsAt);
  const label = MEETING_TYPE_INFO[ms.meeting.type].label;
  try {
    const { id } = await recordConsent(ms.scope, {
      caseId: ms.scope.caseId, givenBy: consent.givenBy, givenByName: consent.givenByName, direction: "VIDEREGIVE",
      recipientOrgIds: consent.recipientOrgIds, categories: consent.categories,
      purpose: `Samarbejde om forløbet, drøftet på ${label.toLowerCase()} ${dottedDay(day)}`,
      form: "MUNDTLIGT", evidence: `Referat af møde ${dottedDay(day)}`, validFrom: day, validUntil: undefined,
    });
    return id;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const fields = Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [`consentAtStart.${k}`, v]));
    throw new ValidationError(error.message, fields);
  }
}

/** Attendance per invitee, saved on the invitee rows (absences count as udeblivelser). */
async function saveAttendance(ms: MeetingScope, attendance: SaveMinutesValues["attendance"]): Promise<void> {
  const { db } = ms.scope;
  const invitees = await db.meetingInvitee.findMany({ where: { meetingId: ms.meeting.id }, select: { id: true } });
  const known = new Set(invitees.map((i) => i.id));
  attendance.forEach((a, i) => {
    if (!known.has(a.inviteeId)) throw invalid(`attendance.${i}.attendance`, "Ukendt deltager");
  });
  // Sequential: one connection per transaction runs one query at a time.
  for (const a of attendance) {
    await db.meetingInvitee.update({ where: { id: a.inviteeId }, data: { attendance: a.attendance ?? null }, select: { id: true } });
  }
}

/** Saves the draft: creates it or updates it while it is a draft. */
export async function saveMinutes(ms: MeetingScope, input: SaveMinutesValues, now = new Date()): Promise<{ id: string }> {
  const { db, ctx, caseId } = ms.scope;
  requireMinutable(ms, now);
  const existing = await currentMinutes(ms);
  if (existing?.status === "APPROVED") throw new ValidationError("Referatet er godkendt og kan ikke ændres. Skriv et tillæg i stedet");
  const actions = await ownedActions(ms, input.actions);
  await saveAttendance(ms, input.attendance);
  // Recorded once: the consent is a fact from the meeting's start; a later
  // change is a withdrawal and a new consent in "Samtykker og hjemmel".
  const consentId = existing?.consentId ?? (input.consentAtStart.obtained ? await recordConsentAtStart(ms, input.consentAtStart) : null);
  const content = {
    problem: input.problem, conclusion: input.conclusion, plan: input.plan, roles: input.roles, actions,
    nextMeetingOn: input.nextMeetingOn ? new Date(`${input.nextMeetingOn}T00:00:00.000Z`) : null, consentId,
  };
  const saved = existing
    ? await db.meetingMinutes.update({ where: { id: existing.id }, data: content, select: { id: true } })
    : await db.meetingMinutes.create({
      data: { ...content, meetingId: ms.meeting.id, caseId, authorOrgId: ctx.orgId, writtenByName: ctx.userName },
      select: { id: true },
    });
  await audit(db, ctx, {
    action: "meeting.minutes-save", entityType: "MeetingMinutes", entityId: saved.id, caseId, personId: ms.scope.subjectId,
    details: { meetingId: ms.meeting.id, actions: actions.length, consentId },
  });
  return saved;
}

/**
 * Approves the draft: immutable from now on, and each action becomes a task
 * of its owner (app_minutes_create_tasks, once). Approving again changes
 * nothing and creates no task.
 */
export async function approveMinutes(ms: MeetingScope, now = new Date()): Promise<{ id: string; tasksCreated: number }> {
  const { db, ctx, caseId } = ms.scope;
  requireMinutable(ms, now);
  const minutes = await currentMinutes(ms);
  if (!minutes) throw new ValidationError("Gem referatet, før det godkendes");
  if (minutes.status === "DRAFT") {
    const missing = await db.meetingInvitee.count({ where: { meetingId: ms.meeting.id, attendance: null } });
    if (missing > 0) throw invalid("attendance", "Registrér fremmøde for alle inviterede, før referatet godkendes");
    // status DRAFT in the WHERE: of two concurrent approvals one wins.
    await db.meetingMinutes.updateMany({
      where: { id: minutes.id, status: "DRAFT" }, data: { status: "APPROVED", approvedAt: now, approvedByName: ctx.userName },
    });
  }
  const [row] = await db.$queryRaw<{ created: number }[]>`SELECT app_minutes_create_tasks(${minutes.id}::uuid) AS created`;
  const tasksCreated = Number(row?.created ?? 0);
  if (minutes.status === "DRAFT") {
    await audit(db, ctx, {
      action: "meeting.minutes-approve", entityType: "MeetingMinutes", entityId: minutes.id, caseId, personId: ms.scope.subjectId,
      details: { meetingId: ms.meeting.id, tasksCreated },
    });
  }
  return { id: minutes.id, tasksCreated };
}

/** A correction to an approved referat: its own record, with author and time. */
export async function addAddendum(ms: MeetingScope, text: string): Promise<{ id: string }> {
  const { db, ctx, caseId } = ms.scope;
  ms.requireManage();
  const minutes = await currentMinutes(ms);
  if (minutes?.status !== "APPROVED") throw invalid("text", "Der kan kun skrives tillæg til et godkendt referat");
  const addendum = await db.meetingMinutesAddendum.create({
    data: { minutesId: minutes.id, caseId, authorOrgId: ctx.orgId, text, byUserId: ctx.userId, byName: ctx.userName },
    select: { id: true },
  });
  await audit(db, ctx, {
    action: "meeting.minutes-addendum", entityType: "MeetingMinutesAddendum", entityId: addendum.id, caseId,
    personId: ms.scope.subjectId, details: { meetingId: ms.meeting.id, minutesId: minutes.id },
  });
  return addendum;
}
