import { responsibleCasesSql } from "@/lib/access/dashboard";
import type { Stage } from "@/lib/db/types";
import { ACTIVE_CASE_SQL, caseworkerSql, type DashboardFilter } from "./filter";

// Caseload: the organisation's active cases per caseworker and stage, one
// GROUP BY in the database; JavaScript only pivots the grouped rows.

export type CaseloadRow = {
  /** null: the cases nobody is caseworker on yet. */
  userId: string | null;
  name: string | null;
  byStage: Partial<Record<Stage, number>>;
  total: number;
};

export type Caseload = { rows: CaseloadRow[]; unassigned: number; total: number };

type GroupRow = { userId: string | null; name: string | null; stage: Stage; n: number };

export async function caseload(f: DashboardFilter): Promise<Caseload> {
  const groups = await f.db.$queryRaw<GroupRow[]>`
    SELECT c."caseworkerUserId"::text AS "userId", u.name, c.stage::text AS stage, count(*)::int AS n
    FROM "CaseFile" c LEFT JOIN "User" u ON u.id = c."caseworkerUserId"
    WHERE ${responsibleCasesSql(f.ctx)} AND ${ACTIVE_CASE_SQL} AND ${caseworkerSql(f)}
    GROUP BY c."caseworkerUserId", u.name, c.stage`;
  const byUser = new Map<string | null, CaseloadRow>();
  for (const g of groups) {
    const row = byUser.get(g.userId) ?? { userId: g.userId, name: g.name, byStage: {}, total: 0 };
    row.byStage[g.stage] = (row.byStage[g.stage] ?? 0) + g.n;
    row.total += g.n;
    byUser.set(g.userId, row);
  }
  const rows = [...byUser.values()].sort((a, b) =>
    a.userId === null ? 1 : b.userId === null ? -1 : (a.name ?? "").localeCompare(b.name ?? "", "da"));
  return {
    rows,
    unassigned: byUser.get(null)?.total ?? 0,
    total: rows.reduce((sum, r) => sum + r.total, 0),
  };
}
