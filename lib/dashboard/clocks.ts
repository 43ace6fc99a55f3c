import { ownDeadlinesSql } from "@/lib/access/dashboard";
import { joinSql, sql } from "@/lib/db/sql";
import { weekOf } from "@/lib/domain/dashboard/period";
import { onCaseworkerCaseSql, type DashboardFilter } from "./filter";

// The statutory clocks the leader answers for (lib/domain/deadlines/rules.ts).
// "Missed" is met late or still open past its due time, by the given `now`.

export const DASHBOARD_CLOCKS = [
  { ruleId: "underretning-24t", label: "Vurdering inden 24 timer" },
  { ruleId: "kvittering-6-hverdage", label: "Kvittering inden 6 hverdage" },
  { ruleId: "bfu-4-maaneder", label: "Børnefaglig undersøgelse inden 4 måneder" },
] as const;

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
  const now = sql`${f.now}::timestamptz`;
  const grouped = await f.db.$queryRaw<ClockRow[]>`
    SELECT d."ruleId", count(*)::int AS due,
      count(*) FILTER (WHERE d."metAt" IS NOT NULL AND d."metAt" <= d."dueAt")::int AS met,
      count(*) FILTER (WHERE d."metAt" > d."dueAt" OR (d."metAt" IS NULL AND d.status = 'OPEN' AND d."dueAt" < ${now}))::int AS missed,
      count(*) FILTER (WHERE d."metAt" IS NULL AND d.status = 'OPEN' AND d."dueAt" >= ${now})::int AS pending
    FROM "Deadline" d
    WHERE ${ownDeadlinesSql(f.ctx)} AND d.status <> 'CANCELLED' AND d."ruleId" IN (${joinSql(ids)})
      AND d."dueAt" >= ${f.period.from} AND d."dueAt" < ${f.period.to} AND ${onCaseworkerCaseSql(f, sql`d."caseId"`)}
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
