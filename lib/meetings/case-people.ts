import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { orgNames } from "@/lib/orgs/org";

// The organisations on a case and their professionals, for pickers (meeting
// invitees, referat action owners, consent recipients). The professionals
// come from app_case_professionals (70-meetings.sql): staff names and roles
// only, of organisations on a case the caller sees.

export type CaseOrg = { id: string; name: string };
export type CasePerson = { userId: string; name: string; orgId: string };

export async function caseOrgsAndPeople(scope: CaseScope): Promise<{ orgs: CaseOrg[]; people: CasePerson[] }> {
  const ids = [scope.responsibleOrgId, ...scope.participants.map((p) => p.orgId)];
  const names = await orgNames(scope.db, ids);
  const people = await scope.db.$queryRaw<CasePerson[]>`
    SELECT "userId"::text AS "userId", name, "orgId"::text AS "orgId" FROM app_case_professionals(${scope.caseId}::uuid)`;
  return { orgs: ids.map((id) => ({ id, name: names.get(id) ?? "Organisation" })), people };
}
