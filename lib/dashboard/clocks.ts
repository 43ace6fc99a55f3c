import { ownDeadlinesSql } from "@/lib/access/dashboard";
import { joinSql, sql } from "@/lib/db/sql";
import { weekOf } from "@/lib/domain/dashboard/period";
import { DASHBOARD_CLOCKS } from "./constants";
import { onCaseworkerCaseSql, type DashboardFilter } from "./filter";
import { clockOutcomeSql, clocksDueSql } from "./predicates";

// The statutory clocks the leader answers for (lib/domain/deadlines/rules.ts).
// "Missed" is met late or still open past its due time, by the given `now`.

export type ClockRow = {
  ruleId: string;
  /** Clocks due in the period (cancelled ones are no duty). */
  due: number;
  met: number;
  missed: number;
  /** Due later in the period, still open: not decided yet. */
  pending: number;
};

export type Clocks = { rows: ClockRow[]; openThisWeek: number };

export async function clocks(f: DashboardFilter): Promise<Clocks> {
  const ids = DASHBOARD_CLOCKS.map((c) => c.ruleId);
  const grouped = await f.db.$queryRaw<ClockRow[]>`
    SELECT d."ruleId", count(*)::int AS due,
      count(*) FILTER (WHERE ${clockOutcomeSql("met", f.now)})::int AS met,
      count(*) FILTER (WHERE ${clockOutcomeSql("missed", f.now)})::int AS missed,
      count(*) FILTER (WHERE ${clockOutcomeSql("pending", f.now)})::int AS pending
    FROM "Deadline" d
    WHERE ${clocksDueSql(f.ctx, f.period, joinSql(ids))} AND ${onCaseworkerCaseSql(f, sql`d."caseId"`)}
    GROUP BY d."ruleId"`;
  const week = weekOf(f.now);
  const [open] = await f.db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Deadline" d
    WHERE ${ownDeadlinesSql(f.ctx)} AND d.status = 'OPEN' AND d."dueAt" >= ${week.from} AND d."dueAt" < ${week.to}
      AND ${onCaseworkerCaseSql(f, sql`d."caseId"`)}`;
  const byRule = new Map(grouped.map((g) => [g.ruleId, g]));
  return {
    rows: ids.map((ruleId) => byRule.get(ruleId) ?? { ruleId, due: 0, met: 0, missed: 0, pending: 0 }),
    openThisWeek: open?.n ?? 0,
  };
}
