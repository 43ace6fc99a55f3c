import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { orgNames } from "@/lib/orgs/org";
import { nameableColleagues } from "./own-people";

/**
 * Tovholder, its hand-over history, and (for the responsible organisation)
 * the organisations that can still be added.
 */
export async function getCoordination(scope: CaseScope) {
  const { db } = scope;
  const canManage = scope.can("case:manage-participants");
  const history = await db.coordinatorAssignment.findMany({ where: { caseId: scope.caseId }, orderBy: { fromAt: "desc" } });
  const directory = canManage
    ? await db.$queryRaw<{ id: string; name: string }[]>`SELECT id::text AS id, name FROM app_org_directory()`
    : [];
  const coordinatorOrgId = scope.coordinatorOrgId;
  const canNameContact = scope.can("case:name-own-contact");
  const canNameTovholder = scope.can("case:name-tovholder");
  const colleagues = canNameContact || canNameTovholder ? await nameableColleagues(scope) : [];
  const ownContact = canNameContact
    ? await db.caseParticipant.findFirst({ where: scope.ownParticipation(), select: { contactUserId: true, contactPhone: true } })
    : null;
  const current = history.find((h) => !h.toAt);
  const ids = [coordinatorOrgId, ...history.map((h) => h.orgId)].filter((id): id is string => !!id);
  const names = new Map([...(await orgNames(db, ids)), ...directory.map((o) => [o.id, o.name] as const)]);
  return {
    caseId: scope.caseId,
    canManage,
    coordinator: coordinatorOrgId
      ? { orgId: coordinatorOrgId, orgName: names.get(coordinatorOrgId) ?? "", userId: current?.userId ?? null, userName: current?.userName ?? null }
      : null,
    canNameContact,
    canNameTovholder,
    colleagues,
    ownContact,
    history: history.map((h) => ({
      id: h.id, orgName: names.get(h.orgId) ?? "Anden organisation", userName: h.userName, handoverNote: h.handoverNote,
      byName: h.byName, fromAt: h.fromAt, toAt: h.toAt,
    })),
    addableOrgs: directory.filter((o) => !scope.isOnCase(o.id)),
  };
}
export type CoordinationView = Awaited<ReturnType<typeof getCoordination>>;
