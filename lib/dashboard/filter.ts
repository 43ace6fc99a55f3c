import type { AccessContext } from "@/lib/access/context";
import { sql, type Sql } from "@/lib/db/sql";
import type { Db } from "@/lib/db/types";
import type { Period } from "@/lib/domain/dashboard/period";

// What every figure group takes: the organisation's transaction, the period
// and the optional caseworker, and one `now` so all cards agree on "today".

export type DashboardFilter = {
  db: Db;
  ctx: AccessContext;
  period: Period;
  /** Only cases with this caseworker (CaseFile.caseworkerUserId). */
  caseworkerUserId?: string;
  now: Date;
};

/** The caseworker condition over "CaseFile" aliased `alias`; true without the filter. */
export function caseworkerSql(f: DashboardFilter, alias: "c" | "fc" = "c"): Sql {
  if (!f.caseworkerUserId) return sql`true`;
  return alias === "c"
    ? sql`c."caseworkerUserId" = ${f.caseworkerUserId}::uuid`
    : sql`fc."caseworkerUserId" = ${f.caseworkerUserId}::uuid`;
}

/** For rows with a "caseId" column: only those on the filtered caseworker's cases. */
export function onCaseworkerCaseSql(f: DashboardFilter, caseIdColumn: Sql): Sql {
  if (!f.caseworkerUserId) return sql`true`;
  return sql`EXISTS (SELECT 1 FROM "CaseFile" fc WHERE fc.id = ${caseIdColumn} AND ${caseworkerSql(f, "fc")})`;
}

/** An active case: not closed and not merged into another. */
export const ACTIVE_CASE_SQL = sql`c."closedAt" IS NULL AND c."mergedIntoCaseId" IS NULL`;
