import "server-only";
import type { MeetingScope } from "@/lib/access/meeting-scope";
import type { Attendance, CaseKind, InfoCategory } from "@/lib/db/types";
import { audit } from "@/lib/audit/write";
import { copenhagenDay } from "@/lib/domain/calendar";
import { caseOrgsAndPeople } from "@/lib/meetings/case-people";

// The referat as the meeting page shows it (issue 10 item 8). It is the
// convener's MOEDER record: the convener sees its draft; another invited
// organisation sees the approved referat only when a live basis opens the
// convener's MOEDER records to it, and each record it reads is disclosed.

export type MinutesAction = { title: string; ownerOrgId: string; ownerUserId: string | null; ownerName: string; dueOn: string };

export type MinutesContent = {
  id: string;
  status: "DRAFT" | "APPROVED";
  problem: string; conclusion: string; plan: string; roles: string;
  actions: MinutesAction[];
  /** "YYYY-MM-DD", or null. */
  nextMeetingOn: string | null;
  consent: { id: string; givenByName: string; recipientOrgIds: string[]; categories: InfoCategory[] } | null;
  writtenByName: string; updatedAt: Date; approvedAt: Date | null; approvedByName: string | null;
};

export type MinutesView =
  | { shared: false }
  | {
    shared: true;
    caseKind: CaseKind;
    /** Stamdata can be shared by the responsible organisation only (ADR 0006). */
    canShareStamdata: boolean;
    /** The meeting's day ("YYYY-MM-DD"): the consent's evidence names it. */
    meetingDay: string;
    minutes: MinutesContent | null;
    addenda: { id: string; text: string; byName: string; at: Date }[];
    /** Attendance per invitee id, as recorded with the referat. */
    attendance: Record<string, Attendance | null>;
  };

const minutesSelect = {
  id: true, status: true, problem: true, conclusion: true, plan: true, roles: true, actions: true, nextMeetingOn: true,
  consentId: true, writtenByName: true, updatedAt: true, approvedAt: true, approvedByName: true, category: true, authorOrgId: true,
  addenda: { orderBy: { at: "asc" }, select: { id: true, text: true, byName: true, at: true, category: true, authorOrgId: true } },
} as const;

async function consentSummary(ms: MeetingScope, consentId: string | null): Promise<MinutesContent["consent"]> {
  if (!consentId) return null;
  const consent = await ms.scope.db.consent.findFirst({
    where: { id: consentId, ...ms.scope.consents() },
    select: { id: true, givenByName: true, bases: { select: { recipientOrgId: true, category: true } } },
  });
  if (!consent) return null;
  return {
    id: consent.id, givenByName: consent.givenByName,
    recipientOrgIds: [...new Set(consent.bases.map((b) => b.recipientOrgId))],
    categories: [...new Set(consent.bases.map((b) => b.category))],
  };
}

export async function getMinutesView(ms: MeetingScope): Promise<MinutesView> {
  const { scope, meeting } = ms;
  if (!ms.recordsOpen) return { shared: false };
  // Another organisation reads the referat once it is approved: a draft is the convener's work in progress.
  const row = await scope.db.meetingMinutes.findFirst({
    where: { meetingId: meeting.id, ...scope.meetingRecords(), ...(ms.isConvener ? {} : { status: "APPROVED" }) },
    select: minutesSelect,
  });
  const invitees = await scope.db.meetingInvitee.findMany({ where: { meetingId: meeting.id }, select: { id: true, attendance: true } });
  const base = {
    shared: true as const, caseKind: scope.kind, canShareStamdata: scope.can("consent:share-stamdata"), meetingDay: copenhagenDay(meeting.startsAt),
    attendance: Object.fromEntries(invitees.map((i) => [i.id, i.attendance])),
  };
  if (!row) return { ...base, minutes: null, addenda: [] };

  // One Disclosure row per record read across the organisation boundary.
  await scope.disclose([
    { recordType: "MeetingMinutes", id: row.id, category: row.category, authorOrgId: row.authorOrgId },
    ...row.addenda.map((a) => ({ recordType: "MeetingMinutesAddendum", id: a.id, category: a.category, authorOrgId: a.authorOrgId })),
  ]);
  await audit(scope.db, scope.ctx, {
    action: "meeting.minutes-read", entityType: "MeetingMinutes", entityId: row.id, caseId: scope.caseId, personId: scope.subjectId,
    details: { meetingId: meeting.id, addenda: row.addenda.length },
  });
  return {
    ...base,
    minutes: {
      id: row.id, status: row.status, problem: row.problem, conclusion: row.conclusion, plan: row.plan, roles: row.roles,
      actions: row.actions as MinutesAction[],
      nextMeetingOn: row.nextMeetingOn ? row.nextMeetingOn.toISOString().slice(0, 10) : null,
      consent: await consentSummary(ms, row.consentId),
      writtenByName: row.writtenByName, updatedAt: row.updatedAt, approvedAt: row.approvedAt, approvedByName: row.approvedByName,
    },
    addenda: row.addenda.map(({ id, text, byName, at }) => ({ id, text, byName, at })),
  };
}

/** The convener may write the referat now: not cancelled, and the meeting has begun. */
export function canWriteMinutes(ms: MeetingScope, now = new Date()): boolean {
  return ms.isConvener && ms.meeting.status !== "CANCELLED" && ms.meeting.startsAt <= now;
}

/** Everything <MinutesSection> needs besides the invitees, in the page's one transaction. */
export async function getMinutesSection(ms: MeetingScope) {
  const { orgs, people } = await caseOrgsAndPeople(ms.scope);
  return {
    view: await getMinutesView(ms),
    canWrite: canWriteMinutes(ms),
    caseOrgs: orgs.map(({ id, name }) => ({ id, name })),
    people: people.map(({ userId, name, orgId }) => ({ userId, name, orgId })),
  };
}
