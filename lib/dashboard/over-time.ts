import { responsibleCasesSql } from "@/lib/access/dashboard";
import { joinSql, sql } from "@/lib/db/sql";
import { monthEnds } from "@/lib/domain/dashboard/period";
import { caseworkerSql, type DashboardFilter } from "./filter";

// Cases per caseworker over time: the cases active at each of the last months'
// ends (opened before, not closed by then), by their CURRENT caseworker: a
// case's earlier caseworkers are in the audit log only (case.assign-caseworker),
// not a column the database can group by. One query over all months.

export const OVER_TIME_MONTHS = 6;

export type OverTime = {
  months: string[];
  rows: { userId: string | null; name: string | null; counts: number[] }[];
  totals: number[];
};

type GroupRow = { i: number; userId: string | null; name: string | null; n: number };

export async function caseloadOverTime(f: DashboardFilter): Promise<OverTime> {
  const ends = monthEnds(f.now, OVER_TIME_MONTHS);
  const points = joinSql(ends.map((e, i) => sql`(${i}::int, ${e.at}::timestamptz)`));
  const groups = await f.db.$queryRaw<GroupRow[]>`
    SELECT p.i, c."caseworkerUserId"::text AS "userId", u.name, count(*)::int AS n
    FROM (VALUES ${points}) AS p(i, at)
    JOIN "CaseFile" c ON c."createdAt" < p.at AND (c."closedAt" IS NULL OR c."closedAt" >= p.at)
    LEFT JOIN "User" u ON u.id = c."caseworkerUserId"
    WHERE ${responsibleCasesSql(f.ctx)} AND c."mergedIntoCaseId" IS NULL AND ${caseworkerSql(f)}
    GROUP BY p.i, c."caseworkerUserId", u.name`;
  const byUser = new Map<string | null, OverTime["rows"][number]>();
  for (const g of groups) {
    const row = byUser.get(g.userId) ?? { userId: g.userId, name: g.name, counts: ends.map(() => 0) };
    row.counts[g.i] = g.n;
    byUser.set(g.userId, row);
  }
  const rows = [...byUser.values()].sort((a, b) =>
    a.userId === null ? 1 : b.userId === null ? -1 : (a.name ?? "").localeCompare(b.name ?? "", "da"));
  return { months: ends.map((e) => e.label), rows, totals: ends.map((_, i) => rows.reduce((n, r) => n + (r.counts[i] ?? 0), 0)) };
}
