import { receivedReportsSql } from "@/lib/access/dashboard";
import { sql } from "@/lib/db/sql";
import { onCaseworkerCaseSql, type DashboardFilter } from "./filter";

// Underretninger the organisation received in the period (by receivedAt).

export type ReportFigures = { received: number; assessedIn24h: number; anonymous: number; womanInformed: number };

export async function reports(f: DashboardFilter): Promise<ReportFigures> {
  const [row] = await f.db.$queryRaw<ReportFigures[]>`
    SELECT count(*)::int AS received,
      count(*) FILTER (WHERE r."assessedAt" IS NOT NULL AND r."assessedAt" <= r."receivedAt" + interval '24 hours')::int AS "assessedIn24h",
      count(*) FILTER (WHERE r."reporterKind" = 'ANONYM')::int AS anonymous,
      count(*) FILTER (WHERE r."womanInformed" IS TRUE)::int AS "womanInformed"
    FROM "ConcernReport" r
    WHERE ${receivedReportsSql(f.ctx)} AND r."receivedAt" >= ${f.period.from} AND r."receivedAt" < ${f.period.to}
      AND ${onCaseworkerCaseSql(f, sql`r."caseId"`)}`;
  return row ?? { received: 0, assessedIn24h: 0, anonymous: 0, womanInformed: 0 };
}
