import { responsibleCasesSql } from "@/lib/access/dashboard";
import { expectedInPeriod, expectedPerYear, type Prevalence } from "@/lib/domain/dashboard/expected";
import { caseworkerSql, type DashboardFilter } from "./filter";
import { gravidOpenedSql } from "./predicates";

// Expected vs found: new pregnancy cases the organisation opened in the period
// against the national figure's share for the kommune (domain/dashboard/expected.ts).

export type ExpectedFigures = { found: number; expected: number | null; expectedPerYear: number | null; prevalence: Prevalence };

export async function expectedVsFound(f: DashboardFilter, prevalence: Prevalence): Promise<ExpectedFigures> {
  const [row] = await f.db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "CaseFile" c
    WHERE ${responsibleCasesSql(f.ctx)} AND ${gravidOpenedSql(f.period)} AND ${caseworkerSql(f)}`;
  return { found: row?.n ?? 0, expected: expectedInPeriod(prevalence, f.period), expectedPerYear: expectedPerYear(prevalence), prevalence };
}
