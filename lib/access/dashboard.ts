import "server-only";
import { sql, type Sql } from "@/lib/db/sql";
import type { AccessContext } from "./context";
import { NotFoundError } from "./errors";
import { hasPermission } from "./roles";

// Who reads the leader's overview, and which rows its figures count: the
// acting organisation's own work (ADR 0026). Row-level security applies under
// these as always; these keep the counts exact (a participant's cases are
// another organisation's caseload).

/** Any role without dashboard:read gets the outsider's answer: 404. */
export function requireDashboardReader(ctx: AccessContext): void {
  if (!hasPermission(ctx.role, "dashboard:read")) throw new NotFoundError("dashboard");
}

/** Cases the organisation is responsible for (caseWriteWhere), over "CaseFile" aliased c. */
export function responsibleCasesSql(ctx: AccessContext): Sql {
  return sql`c."responsibleOrgId" = ${ctx.orgId}::uuid`;
}

/** The organisation's own clocks, over "Deadline" aliased d (ownDeadlineWhere). */
export function ownDeadlinesSql(ctx: AccessContext): Sql {
  return sql`d."orgId" = ${ctx.orgId}::uuid`;
}

/** Underretninger the organisation received, over "ConcernReport" aliased r. */
export function receivedReportsSql(ctx: AccessContext): Sql {
  return sql`r."receivingOrgId" = ${ctx.orgId}::uuid`;
}

/** Meetings the organisation convened or that are on its cases, over "Meeting" aliased m. */
export function ownMeetingsSql(ctx: AccessContext): Sql {
  return sql`(m."conveningOrgId" = ${ctx.orgId}::uuid
    OR EXISTS (SELECT 1 FROM "CaseFile" mc WHERE mc.id = m."caseId" AND mc."responsibleOrgId" = ${ctx.orgId}::uuid))`;
}
