import { responsibleCasesSql } from "@/lib/access/dashboard";
import { sql } from "@/lib/db/sql";
import type { Stage } from "@/lib/db/types";
import { ACTIVE_CASE_SQL, caseworkerSql, type DashboardFilter } from "./filter";
import { STAGE_SINCE_SQL, stuckSql } from "./predicates";

// Time in the current stage runs from the case's latest StageTransition, never
// from updatedAt (a note touches updatedAt; it does not move the case). A
// case moved back a stage starts that stage's clock again. "Stuck": in the
// stage at least `stuckDays` days.

export type StageRow = { stage: Stage; cases: number; medianDays: number | null; p90Days: number | null; stuck: number };

export async function stages(f: DashboardFilter, stuckDays: number): Promise<StageRow[]> {
  const age = sql`EXTRACT(EPOCH FROM (${f.now}::timestamptz - t.at)) / 86400`;
  return f.db.$queryRaw<StageRow[]>`
    SELECT c.stage::text AS stage, count(*)::int AS cases,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY ${age}))::float8 AS "medianDays",
      (percentile_cont(0.9) WITHIN GROUP (ORDER BY ${age}))::float8 AS "p90Days",
      count(*) FILTER (WHERE ${stuckSql(stuckDays, f.now, sql`t.at`)})::int AS stuck
    FROM "CaseFile" c CROSS JOIN LATERAL (SELECT ${STAGE_SINCE_SQL} AS at) t
    WHERE ${responsibleCasesSql(f.ctx)} AND ${ACTIVE_CASE_SQL} AND ${caseworkerSql(f)}
    GROUP BY c.stage
    ORDER BY c.stage`;
}
