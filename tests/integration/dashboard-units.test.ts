// A leader with memberships in several units of one kommune (issue 12): the
// overview shows each unit, loaded under its own membership, and their sum
// (hidden where a unit's count is suppressed); a unit of another kommune and
// a unit where she is no leader are not among them.
import { beforeAll, describe, expect, it } from "vitest";
import { listCases } from "@/lib/cases/queries";
import { loadOverview } from "@/lib/dashboard/overview";
import { parseDashboardQuery } from "@/lib/dashboard/query";
import { cellText } from "@/lib/dashboard/table-model";
import { createCase, createOrg, createPerson, createUser, contextFor } from "@/tests/fixtures/factories";
import { NOW } from "./dashboard-fixture";
import { DUMMY_PASSWORD_HASH, owner } from "./helpers";
import type { AccessContext } from "@/lib/access/context";

let leader: AccessContext;
const orgs: Record<string, { id: string; name: string }> = {};

async function cases(orgId: string, n: number) {
  for (let i = 0; i < n; i++) {
    const person = await createPerson(owner(), { ownerOrgId: orgId, firstName: `Enhed${i}`, lastName: "Test" });
    await createCase(owner(), { subjectId: person.id, responsibleOrgId: orgId, byUser: { id: leaderUserId, name: "L" }, openedAt: new Date(NOW.getTime() - 86_400_000 * 40) });
  }
}
let leaderUserId = "";

beforeAll(async () => {
  const code = String(Math.floor(1000 + Math.random() * 8999));
  orgs.familie = await createOrg(owner(), { name: `Enhedstest Familie ${code}`, type: "KOMMUNE_FAMILIE", kommuneCode: code });
  orgs.voksen = await createOrg(owner(), { name: `Enhedstest Voksen ${code}`, type: "KOMMUNE_VOKSEN", kommuneCode: code });
  orgs.pleje = await createOrg(owner(), { name: `Enhedstest Sundhedspleje ${code}`, type: "SUNDHEDSPLEJE", kommuneCode: code });
  orgs.fremmed = await createOrg(owner(), { name: `Enhedstest Anden kommune ${code}`, type: "KOMMUNE_FAMILIE", kommuneCode: `9${code}` });
  const user = await createUser(owner(), {
    name: "Lea Leder", passwordHash: DUMMY_PASSWORD_HASH,
    memberships: [
      { orgId: orgs.familie.id, role: "LEDER" }, { orgId: orgs.voksen.id, role: "LEDER" },
      { orgId: orgs.pleje.id, role: "SUNDHEDSPLEJERSKE" }, { orgId: orgs.fremmed.id, role: "LEDER" },
    ],
  });
  leaderUserId = user.id;
  leader = contextFor(user, orgs.familie, "LEDER");
  await cases(orgs.familie.id, 7);
  await cases(orgs.voksen.id, 3);
  await cases(orgs.pleje.id, 6);
  await cases(orgs.fremmed.id, 5);
});

const query = (params: Record<string, string> = {}) => parseDashboardQuery({ periode: "denne-maaned", ...params }, NOW);

describe("a leader of several units of one kommune", () => {
  it("sees each unit where she leads, and their sum", async () => {
    const o = await loadOverview(leader, query());
    expect(o.unitChoices.map((u) => u.orgId)).toEqual([orgs.familie!.id, orgs.voksen!.id]);
    expect(o.units?.rows.map((r) => [r.orgId, r.active])).toEqual([[orgs.familie!.id, 7], [orgs.voksen!.id, 3]]);
    expect(o.units?.sum.active).toBe(10);
    const table = o.tables.find((t) => t.id === "enheder")!;
    const sumRow = table.rows.find((r) => r.label === "I alt")!;
    // The voksen unit's 3 is "<5", so the sum (10 - 7 = 3) is hidden too.
    expect(cellText(sumRow.cells[0]!)).toBe("–");
    expect(cellText(table.rows[1]!.cells[0]!)).toBe("<5");
  });

  it("shows another of her units' figures without links, under that unit's own access", async () => {
    const o = await loadOverview(leader, query({ enhed: orgs.voksen!.id }));
    expect(o.unit.orgId).toBe(orgs.voksen!.id);
    expect(o.d.caseload.total).toBe(3);
    const hrefs = o.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).filter((c) => c.kind === "count" && c.href);
    expect(hrefs).toEqual([]);
    // Each unit's view is audited in that unit.
    expect(await owner().auditEvent.count({ where: { orgId: orgs.voksen!.id, action: "dashboard.view" } })).toBeGreaterThan(0);
  });

  it("cannot choose a unit where she is no leader, nor one of another kommune: she sees her own", async () => {
    for (const other of [orgs.pleje!.id, orgs.fremmed!.id]) {
      const o = await loadOverview(leader, query({ enhed: other }));
      expect(o.unit.orgId).toBe(orgs.familie!.id);
      expect(o.d.caseload.total).toBe(7);
    }
    // And the acting unit's list is its own: none of the sibling's cases.
    expect((await listCases(leader, { responsible: "1", active: "1" }, NOW)).cases).toHaveLength(7);
  });

  it("is an ordinary overview for a leader of one unit: no units table", async () => {
    const solo = await createUser(owner(), { name: "Solo", passwordHash: DUMMY_PASSWORD_HASH, memberships: [{ orgId: orgs.fremmed!.id, role: "LEDER" }] });
    const o = await loadOverview(contextFor(solo, orgs.fremmed!, "LEDER"), query());
    expect(o.units).toBeNull();
    expect(o.tables.some((t) => t.id === "enheder")).toBe(false);
  });
});
