import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { NotFoundError } from "@/lib/access/errors";
import { can, caseWhere, requireCaseReader } from "@/lib/access/policy";
import { withAccess, type Db } from "@/lib/db";
import { orgNames } from "@/lib/orgs/org";

/**
 * Tovholder, its hand-over history, and (for the responsible organisation)
 * the organisations that can still be added. NotFoundError for outsiders.
 */
export async function getCoordination(ctx: AccessContext, caseId: string) {
  return withAccess(ctx, (db) => getCoordinationIn(db, ctx, caseId));
}

/** getCoordination, in the caller's transaction (one transaction per page: lib/cases/case-page.ts). */
export async function getCoordinationIn(db: Db, ctx: AccessContext, caseId: string) {
  requireCaseReader(ctx);
  const row = await db.caseFile.findFirst({
    where: { id: caseId, ...caseWhere(ctx) },
    select: { id: true, responsibleOrgId: true, coordinatorOrgId: true, participants: { where: { until: null }, select: { orgId: true } } },
  });
  if (!row) throw new NotFoundError("case");
  const canManage = row.responsibleOrgId === ctx.orgId && can(ctx, "case:manage-participants");
  const history = await db.coordinatorAssignment.findMany({ where: { caseId }, orderBy: { fromAt: "desc" } });
  const directory = canManage
    ? await db.$queryRaw<{ id: string; name: string }[]>`SELECT id::text AS id, name FROM app_org_directory()`
    : [];
  const ids = [row.coordinatorOrgId, ...history.map((h) => h.orgId)].filter((id): id is string => !!id);
  const names = new Map([...(await orgNames(db, ids)), ...directory.map((o) => [o.id, o.name] as const)]);
  const onCase = new Set([row.responsibleOrgId, ...row.participants.map((p) => p.orgId)]);
  return {
    caseId: row.id,
    canManage,
    coordinator: row.coordinatorOrgId ? { orgId: row.coordinatorOrgId, orgName: names.get(row.coordinatorOrgId) ?? "" } : null,
    history: history.map((h) => ({
      id: h.id, orgName: names.get(h.orgId) ?? "Anden organisation", userName: h.userName, handoverNote: h.handoverNote,
      byName: h.byName, fromAt: h.fromAt, toAt: h.toAt,
    })),
    addableOrgs: directory.filter((o) => !onCase.has(o.id)),
  };
}
export type CoordinationView = Awaited<ReturnType<typeof getCoordination>>;
