import { sql } from "@/lib/db/sql";
import type { Prisma } from "@/lib/db/types";
import type { AccessContext } from "./context";

// Where-builders for underretninger (a case's records: case-scope.ts; the
// organisation's own persons, tasks and deadlines: own-records.ts): the app-level
// statement of who sees what (row-level security repeats it as a backstop).
// Kept beside policy.ts so the consent work there and this can move apart.

/**
 * Reports the organisation received and triages. Only the receiving
 * familieafdeling acts on a report or reads its content. A reporting
 * organisation gets the status only, through the SQL function
 * app_reported_status() (lib/underretninger/queries.ts).
 */
export function reportTriageWhere(ctx: AccessContext): Prisma.ConcernReportWhereInput {
  return { receivingOrgId: ctx.orgId };
}

/** reportTriageWhere for raw SQL over "ConcernReport" aliased r. */
export function reportTriageSql(ctx: AccessContext): Prisma.Sql {
  return sql`r."receivingOrgId" = ${ctx.orgId}::uuid`;
}

/** Underretninger sent to this organisation by professionals elsewhere (the inbox). */
export function submissionInboxWhere(ctx: AccessContext): Prisma.ConcernReportSubmissionWhereInput {
  return { toOrgId: ctx.orgId };
}

/** Underretninger this organisation's professionals sent to a kommune. */
export function submissionSentWhere(ctx: AccessContext): Prisma.ConcernReportSubmissionWhereInput {
  return { fromOrgId: ctx.orgId };
}
