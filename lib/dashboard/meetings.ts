import { ownMeetingsSql, responsibleCasesSql } from "@/lib/access/dashboard";
import { sql } from "@/lib/db/sql";
import { ACTIVE_CASE_SQL, caseworkerSql, onCaseworkerCaseSql, type DashboardFilter } from "./filter";

// Meetings against the samarbejdsaftale (ADR 0022): the minimum number of
// koordinationsmøder in a pregnancy is the organisation's own setting.

export type MeetingFigures = {
  upcoming: number;
  /** Meetings (not cancelled) in the period, and those with an invitee from a sundhedspleje. */
  inPeriod: number;
  withHealthVisitor: number;
  activeGravid: number;
  belowMinimum: number;
  minimum: number;
  /** Invitees recorded as UDEBLEVET in meetings in the period, per organisation. */
  absences: { orgName: string; count: number }[];
};

export async function meetings(f: DashboardFilter, minimum: number): Promise<MeetingFigures> {
  const onFiltered = onCaseworkerCaseSql(f, sql`m."caseId"`);
  const [upcoming] = await f.db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Meeting" m
    WHERE ${ownMeetingsSql(f.ctx)} AND m.status = 'PLANNED' AND m."startsAt" >= ${f.now}::timestamptz AND ${onFiltered}`;
  const [held] = await f.db.$queryRaw<{ n: number; health: number }[]>`
    SELECT count(*)::int AS n,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "MeetingInvitee" i JOIN "Organization" o ON o.id = i."orgId"
        WHERE i."meetingId" = m.id AND o.type = 'SUNDHEDSPLEJE'))::int AS health
    FROM "Meeting" m
    WHERE ${ownMeetingsSql(f.ctx)} AND m.status = 'PLANNED'
      AND m."startsAt" >= ${f.period.from} AND m."startsAt" < ${f.period.to} AND ${onFiltered}`;
  const [gravid] = await f.db.$queryRaw<{ active: number; below: number }[]>`
    SELECT count(*)::int AS active, count(*) FILTER (WHERE k.n < ${minimum}::int)::int AS below
    FROM "CaseFile" c
    CROSS JOIN LATERAL (SELECT count(*) AS n FROM "Meeting" m
      WHERE m."caseId" = c.id AND m.type = 'KOORDINATIONSMOEDE' AND m.status = 'PLANNED') k
    WHERE ${responsibleCasesSql(f.ctx)} AND ${ACTIVE_CASE_SQL} AND c.kind = 'GRAVID' AND ${caseworkerSql(f)}`;
  const absences = await f.db.$queryRaw<{ orgName: string; count: number }[]>`
    SELECT o.name AS "orgName", count(*)::int AS count
    FROM "MeetingInvitee" i JOIN "Meeting" m ON m.id = i."meetingId" JOIN "Organization" o ON o.id = i."orgId"
    WHERE ${ownMeetingsSql(f.ctx)} AND i.attendance = 'UDEBLEVET'
      AND m."startsAt" >= ${f.period.from} AND m."startsAt" < ${f.period.to} AND ${onFiltered}
    GROUP BY o.name ORDER BY count DESC, o.name`;
  return {
    upcoming: upcoming?.n ?? 0, inPeriod: held?.n ?? 0, withHealthVisitor: held?.health ?? 0, activeGravid: gravid?.active ?? 0, belowMinimum: gravid?.below ?? 0, minimum, absences };
}
