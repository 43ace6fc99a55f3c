import "server-only";
import { sql, type Sql } from "@/lib/db/sql";
import { withSystem } from "@/lib/db/with-access";
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

/**
 * The units of the acting organisation's kommune where the user may read the
 * overview (issue 12: a leader in several units of one kommune sees each and
 * their sum), each as the access context that membership gives, the acting
 * one first. Like the session check, the memberships are the database's word
 * (system path), never the cookie's. A unit with no kommune code has no
 * siblings.
 */
export async function overviewUnits(ctx: AccessContext): Promise<AccessContext[]> {
  const memberships = await withSystem(async (db) => {
    const own = await db.organization.findUnique({ where: { id: ctx.orgId }, select: { kommuneCode: true } });
    if (!own?.kommuneCode) return [];
    return db.membership.findMany({
      where: { userId: ctx.userId, org: { kommuneCode: own.kommuneCode } },
      select: { role: true, org: { select: { id: true, name: true } } },
      orderBy: { org: { name: "asc" } },
    });
  });
  const others = memberships
    .filter((m) => m.org.id !== ctx.orgId && hasPermission(m.role, "dashboard:read"))
    .map((m) => ({ ...ctx, orgId: m.org.id, orgName: m.org.name, role: m.role }));
  return [ctx, ...others];
}

/**
 * The unit the overview shows: the one asked for among the units she may read
 * (overviewUnits), else the acting organisation. `acting`: it is the
 * acting organisation, so its figures may link to its case lists.
 */
export function overviewUnit(ctx: AccessContext, units: readonly AccessContext[], unitId: string | undefined): { unit: AccessContext; acting: boolean } {
  const unit = units.find((u) => u.orgId === unitId) ?? ctx;
  return { unit, acting: unit.orgId === ctx.orgId };
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
