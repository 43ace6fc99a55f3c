import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import type { DbRole, OrgType } from "@/lib/db/types";
import { orgDirectory } from "@/lib/orgs/org";

// Who can be invited to a meeting on the case: the organisations on it and
// their professionals (app_case_professionals: staff names and roles only).

export type CaseOrg = { id: string; name: string; type: OrgType | null; isOwn: boolean; roleOnCase: string };
export type CasePerson = { userId: string; name: string; orgId: string; role: DbRole };

export async function caseOrgsAndPeople(scope: CaseScope): Promise<{ orgs: CaseOrg[]; people: CasePerson[] }> {
  const { db, caseId } = scope;
  const people = await db.$queryRaw<CasePerson[]>`
    SELECT "userId"::text AS "userId", name, "orgId"::text AS "orgId", role FROM app_case_professionals(${caseId}::uuid)`;
  const ids = [scope.responsibleOrgId, ...scope.participants.map((p) => p.orgId)];
  // The directory (names and types of public bodies) also covers partners the caller's RLS hides.
  const directory = new Map((await orgDirectory(db, scope.ctx, { includeOwn: true })).map((o) => [o.id, o]));
  const role = new Map(scope.participants.map((p) => [p.orgId, p.roleOnCase]));
  const orgs = ids.map((id) => ({
    id, name: directory.get(id)?.name ?? "Organisation", type: (directory.get(id)?.type as OrgType | undefined) ?? null, isOwn: scope.isOwn(id),
    roleOnCase: scope.isResponsibleOrg(id) ? "Ansvarlig myndighed" : role.get(id) ?? "Deltager",
  }));
  return { orgs, people };
}

/** Per organisation on the case (not the caller's own): does a live basis open the caller's MOEDER records to it? */
export async function moederCoverage(scope: CaseScope): Promise<Map<string, boolean>> {
  const rows = await scope.db.$queryRaw<{ orgId: string; covered: boolean }[]>`
    SELECT "orgId"::text AS "orgId", covered FROM app_moeder_coverage(${scope.caseId}::uuid)`;
  return new Map(rows.map((r) => [r.orgId, r.covered]));
}
