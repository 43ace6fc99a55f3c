import { responsibleCasesSql } from "@/lib/access/dashboard";
import type { Stage } from "@/lib/db/types";
import { ACTIVE_CASE_SQL, caseworkerSql, type DashboardFilter } from "./filter";

// Time in the current stage runs from the case's latest StageTransition, never
// from updatedAt (a note touches updatedAt; it does not move the case). A
// case moved back a stage starts that stage's clock again.

export type StageRow = { stage: Stage; cases: number; medianDays: number | null; p90Days: number | null };

export async function stages(f: DashboardFilter): Promise<StageRow[]> {
  return f.db.$queryRaw<StageRow[]>`
    SELECT c.stage::text AS stage, count(*)::int AS cases,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (${f.now}::timestamptz - t.at)) / 86400))::float8 AS "medianDays",
      (percentile_cont(0.9) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (${f.now}::timestamptz - t.at)) / 86400))::float8 AS "p90Days"
    FROM "CaseFile" c
    CROSS JOIN LATERAL (SELECT max(st.at) AS at FROM "StageTransition" st WHERE st."caseId" = c.id) t
    WHERE ${responsibleCasesSql(f.ctx)} AND ${ACTIVE_CASE_SQL} AND ${caseworkerSql(f)}
    GROUP BY c.stage
    ORDER BY c.stage`;
}
