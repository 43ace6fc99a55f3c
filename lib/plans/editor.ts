import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { caseOrgsAndPeople } from "@/lib/meetings/case-people";

// What the draft editor offers: the live catalogue entries (national and the
// organisation's own kommune's), and the organisations on the case with their
// professionals (names and roles only) as responsible and contact persons.

export async function getPlanEditor(scope: CaseScope) {
  const [catalogue, { orgs, people }] = await Promise.all([
    scope.db.interventionCatalogueEntry.findMany({
      where: { retiredAt: null, OR: [{ kommuneOrgId: null }, { kommuneOrgId: scope.ctx.orgId }] },
      orderBy: [{ track: "asc" }, { name: "asc" }],
      select: { id: true, name: true, legalBasis: true, track: true, deliveredBy: true },
    }),
    caseOrgsAndPeople(scope),
  ]);
  return {
    catalogue,
    orgs: orgs.map(({ id, name, type }) => ({ id, name, type })),
    people: people.map(({ userId, name, orgId }) => ({ userId, name, orgId })),
  };
}
export type PlanEditor = Awaited<ReturnType<typeof getPlanEditor>>;
