import { sql } from "@/lib/db/sql";
import { onCaseworkerCaseSql, type DashboardFilter } from "./filter";
import { reportsReceivedSql } from "./predicates";

// Underretninger the organisation received in the period (by receivedAt).
// Feedback (Barnets Lov § 133) is owed to a professional reporter: its share
// is of the reports from professionals.

export type ReportFigures = {
  received: number;
  assessedIn24h: number;
  anonymous: number;
  womanInformed: number;
  fromProfessionals: number;
  feedbackGiven: number;
};

export async function reports(f: DashboardFilter): Promise<ReportFigures> {
  const [row] = await f.db.$queryRaw<ReportFigures[]>`
    SELECT count(*)::int AS received,
      count(*) FILTER (WHERE r."assessedAt" IS NOT NULL AND r."assessedAt" <= r."receivedAt" + interval '24 hours')::int AS "assessedIn24h",
      count(*) FILTER (WHERE r."reporterKind" = 'ANONYM')::int AS anonymous,
      count(*) FILTER (WHERE r."womanInformed" IS TRUE)::int AS "womanInformed",
      count(*) FILTER (WHERE r."reporterKind" = 'FAGPERSON')::int AS "fromProfessionals",
      count(*) FILTER (WHERE r."reporterKind" = 'FAGPERSON' AND r."feedbackAt" IS NOT NULL)::int AS "feedbackGiven"
    FROM "ConcernReport" r
    WHERE ${reportsReceivedSql(f.ctx, f.period)} AND ${onCaseworkerCaseSql(f, sql`r."caseId"`)}`;
  return row ?? { received: 0, assessedIn24h: 0, anonymous: 0, womanInformed: 0, fromProfessionals: 0, feedbackGiven: 0 };
}
