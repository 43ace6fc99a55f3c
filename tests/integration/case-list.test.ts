import { beforeAll, describe, expect, it } from "vitest";
import { listCases, PAGE_SIZE } from "@/lib/cases/queries";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { freshTenant, owner, type Tenant } from "./helpers";

describe("case list: keyset pagination and filters", () => {
  let tenant: Tenant;
  const total = PAGE_SIZE + 5;

  beforeAll(async () => {
    tenant = await freshTenant("Liste");
    for (let i = 0; i < total; i++) {
      const person = await createPerson(owner(), { ownerOrgId: tenant.org.id, firstName: i % 2 ? "Ida" : "Emma", lastName: `Sidesen${i}` });
      await createCase(owner(), {
        subjectId: person.id, responsibleOrgId: tenant.org.id, byUser: tenant.user, stage: i % 3 === 0 ? "INDSATS" : "OPSPORING",
      });
    }
  });

  it("pages through every case once, newest first, without OFFSET", async () => {
    const first = await listCases(tenant.ctx, {});
    expect(first.cases).toHaveLength(PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = await listCases(tenant.ctx, { cursor: first.nextCursor! });
    expect(second.cases).toHaveLength(total - PAGE_SIZE);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.cases, ...second.cases].map((c) => c.id);
    expect(new Set(ids).size).toBe(total);
    const times = [...first.cases, ...second.cases].map((c) => c.updatedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("filters by stage and by name, and ignores a malformed cursor", async () => {
    const indsats = await listCases(tenant.ctx, { stage: "INDSATS" });
    expect(indsats.cases.length).toBe(Math.ceil(total / 3));
    expect(indsats.cases.every((c) => c.stage === "INDSATS")).toBe(true);
    const named = await listCases(tenant.ctx, { q: "ida sidesen1" });
    expect(named.cases.map((c) => c.subject.name).sort()).toEqual(
      ["Ida Sidesen1", "Ida Sidesen11", "Ida Sidesen13", "Ida Sidesen15", "Ida Sidesen17", "Ida Sidesen19"].sort(),
    );
    expect((await listCases(tenant.ctx, { cursor: "not-a-cursor" })).cases).toHaveLength(PAGE_SIZE);
  });

  it("reports an invalid CPR search instead of matching anything", async () => {
    const result = await listCases(tenant.ctx, { cpr: "123" });
    expect(result).toMatchObject({ cprInvalid: true, cases: [] });
  });
});

describe("case list: cases the organisation participates in", () => {
  it("merges responsible and participating cases newest first, follows a change of the case, and pages across both", async () => {
    const me = await freshTenant("Deltager");
    const other = await freshTenant("Ansvarlig");
    const make = async (responsible: Tenant, participant?: Tenant) => {
      const person = await createPerson(owner(), { ownerOrgId: responsible.org.id, firstName: "Vera", lastName: "Blandet" });
      const c = await createCase(owner(), {
        subjectId: person.id, responsibleOrgId: responsible.org.id, byUser: responsible.user,
        participants: participant ? [{ orgId: participant.org.id, roleOnCase: "Familieambulatorium" }] : [],
      });
      return c.id;
    };
    const ids: string[] = [];
    for (let i = 0; i < PAGE_SIZE + 2; i++) ids.push(await make(i % 2 ? me : other, i % 2 ? undefined : me));
    // The oldest participating case changes: it moves to the top of the participant's list.
    const oldest = ids[0]!;
    await owner().caseFile.update({ where: { id: oldest }, data: { stage: "UDREDNING" } });

    const first = await listCases(me.ctx, {});
    expect(first.cases[0]?.id).toBe(oldest);
    const second = await listCases(me.ctx, { cursor: first.nextCursor! });
    const seen = [...first.cases, ...second.cases];
    expect(new Set(seen.map((c) => c.id))).toEqual(new Set(ids));
    expect(seen).toHaveLength(ids.length);
    const times = seen.map((c) => c.updatedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(seen.filter((c) => !c.isResponsible)).toHaveLength(Math.ceil(ids.length / 2));
  });
});

describe("case list: the sagsnummer", () => {
  it("tells cases apart for a partner without stamdata and finds a case by it, while her name stays hidden", async () => {
    const kommune = await freshTenant("Sagsnummer");
    const partner = await freshTenant("Ambulatorium", "JORDEMODER", "FAMILIEAMBULATORIUM");
    const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Skjult", lastName: "Borgersen" });
    const c = await createCase(owner(), {
      subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user,
      participants: [{ orgId: partner.org.id, roleOnCase: "Familieambulatorium" }],
    });
    const { caseNumber } = await owner().caseFile.findUniqueOrThrow({ where: { id: c.id }, select: { caseNumber: true } });
    const shown = `SF-${String(caseNumber).padStart(6, "0")}`;

    const seen = (await listCases(partner.ctx, {})).cases.find((row) => row.id === c.id);
    expect(seen).toMatchObject({ caseNumber: shown, subject: { name: "Navn ikke delt" } });
    for (const q of [shown, String(caseNumber), shown.toLowerCase().replace("-", "")]) {
      expect((await listCases(partner.ctx, { q })).cases.map((row) => row.id)).toEqual([c.id]);
    }
    // Her name is no way in for the partner, and the sagsnummer finds nothing for an outsider.
    expect((await listCases(partner.ctx, { q: "Skjult" })).cases).toEqual([]);
    const outsider = await freshTenant("Udenforstående");
    expect((await listCases(outsider.ctx, { q: shown })).cases).toEqual([]);
    expect((await listCases(kommune.ctx, { q: shown })).cases[0]).toMatchObject({ id: c.id, subject: { name: "Skjult Borgersen" } });
  });
});
