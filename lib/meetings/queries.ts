import "server-only";
import type { AccessContext } from "@/lib/access/context";
import type { CaseScope } from "@/lib/access/case-scope";
import { ownInvitationsWhere } from "@/lib/access/own-records";
import { audit } from "@/lib/audit/write";
import { formatCaseNumber } from "@/lib/cases/case-number";
import type { Db, InviteResponse, MeetingStatus, MeetingType } from "@/lib/db/types";
import { orgNames } from "@/lib/orgs/org";

// Lists of meetings: a case's (the case page's "Møder"), and the acting
// user's own invitations ("Mine møder"). Time, type, status and invitees
// only: what was said is read on the meeting's page, under the record rule.

export type MeetingListItem = {
  id: string; type: MeetingType; status: MeetingStatus; startsAt: Date; endsAt: Date;
  conveningOrgName: string; invitedCount: number; myResponse: InviteResponse | null;
};

export async function getCaseMeetings(scope: CaseScope): Promise<MeetingListItem[]> {
  const { db, ctx } = scope;
  const rows = await db.meeting.findMany({
    where: scope.meetings(),
    orderBy: { startsAt: "desc" },
    take: 50,
    select: {
      id: true, type: true, status: true, startsAt: true, endsAt: true, conveningOrgId: true,
      invitees: { select: { userId: true, response: true } },
    },
  });
  const names = rows.length > 0 ? await orgNames(db, rows.map((r) => r.conveningOrgId)) : new Map<string, string>();
  return rows.map((r) => ({
    id: r.id, type: r.type, status: r.status, startsAt: r.startsAt, endsAt: r.endsAt,
    conveningOrgName: names.get(r.conveningOrgId) ?? "Organisation",
    invitedCount: r.invitees.length,
    myResponse: r.invitees.find((i) => i.userId === ctx.userId)?.response ?? null,
  }));
}

/** Koordinationsmøder held or planned (not cancelled) among the listed ones: "1 af mindst 2". */
export function countCoordinationMeetings(meetings: readonly MeetingListItem[]): number {
  return meetings.filter((m) => m.type === "KOORDINATIONSMOEDE" && m.status === "PLANNED").length;
}

export type MyMeeting = {
  id: string; type: MeetingType; status: MeetingStatus; startsAt: Date; endsAt: Date; caseNumber: string; response: InviteResponse;
};

/** The user's invitations from `from` on (and the last week's), soonest first. Audited: it lists sagsnumre. */
export async function listMyMeetings(db: Db, ctx: AccessContext, from: Date): Promise<MyMeeting[]> {
  const since = new Date(from.getTime() - 7 * 86_400_000);
  const rows = await db.meetingInvitee.findMany({
    where: { ...ownInvitationsWhere(ctx), meeting: { endsAt: { gte: since } } },
    orderBy: { meeting: { startsAt: "asc" } },
    take: 200,
    select: {
      response: true,
      meeting: { select: { id: true, type: true, status: true, startsAt: true, endsAt: true, caseFile: { select: { caseNumber: true } } } },
    },
  });
  await audit(db, ctx, { action: "meeting.list", details: { count: rows.length } });
  return rows.map(({ response, meeting: m }) => ({
    id: m.id, type: m.type, status: m.status, startsAt: m.startsAt, endsAt: m.endsAt, caseNumber: formatCaseNumber(m.caseFile.caseNumber), response,
  }));
}
