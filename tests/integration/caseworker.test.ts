// The responsible organisation's caseworker on a case (issue 9, item 2):
// assigned and changed with history, "Mine sager" lists the user's cases,
// and nobody outside the responsible organisation can assign or be assigned.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { getCasePage } from "@/lib/cases/case-page";
import { assignCaseworker } from "@/lib/cases/caseworker";
import { listCases } from "@/lib/cases/queries";
import { createCase, createPerson, createUser } from "@/tests/fixtures/factories";
import { act, DUMMY_PASSWORD_HASH, freshTenant, owner } from "./helpers";

async function setting() {
  const kommune = await freshTenant("Sagsbehandlerkommune", "LEDER");
  const worker = await createUser(owner(), {
    name: "Sara Sagsbehandler", email: `sara-${randomUUID()}@test.samforloeb`, passwordHash: DUMMY_PASSWORD_HASH,
    memberships: [{ orgId: kommune.org.id, role: "SAGSBEHANDLER" }],
  });
  const partner = await freshTenant("Partnerambulatorium", "JORDEMODER", "FAMILIEAMBULATORIUM");
  const make = async () => {
    const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Mine", lastName: "Sagersen" });
    return (await createCase(owner(), {
      subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user,
      participants: [{ orgId: partner.org.id, roleOnCase: "Familieambulatorium" }],
    })).id;
  };
  return { kommune, worker, partner, mine: await make(), other: await make() };
}

const caseworkerOf = async (caseId: string) =>
  (await owner().caseFile.findUniqueOrThrow({ where: { id: caseId }, select: { caseworkerUserId: true } })).caseworkerUserId;

describe("the case's caseworker", () => {
  it("is assigned by the leader, listed under 'Mine sager' for the caseworker, changed with history", async () => {
    const { kommune, worker, mine, other } = await setting();
    await act(kommune.ctx, assignCaseworker, { caseId: mine, userId: worker.id });
    expect(await caseworkerOf(mine)).toBe(worker.id);
    const workerCtx = { ...kommune.ctx, userId: worker.id, userName: worker.name, role: "SAGSBEHANDLER" as const };
    expect((await listCases(workerCtx, { mine: "1" })).cases.map((c) => c.id)).toEqual([mine]);
    expect((await listCases(workerCtx, {})).cases.map((c) => c.id)).toContain(other);
    const page = await getCasePage(kommune.ctx, mine);
    expect(page.view.caseworker).toEqual({ id: worker.id, name: "Sara Sagsbehandler" });

    await act(kommune.ctx, assignCaseworker, { caseId: mine, userId: "" });
    expect(await caseworkerOf(mine)).toBeNull();
    const history = await owner().auditEvent.findMany({ where: { caseId: mine, action: "case.assign-caseworker" }, orderBy: { id: "asc" } });
    expect(history.map((h) => (h.details as { to: string | null }).to)).toEqual(["Sara Sagsbehandler", null]);
  });

  it("is never someone outside the organisation, and only the responsible organisation assigns; an outsider gets 404", async () => {
    const { kommune, partner, mine } = await setting();
    await expect(act(kommune.ctx, assignCaseworker, { caseId: mine, userId: partner.user.id })).rejects.toThrow(ValidationError);
    await expect(act(partner.ctx, assignCaseworker, { caseId: mine, userId: partner.user.id })).rejects.toThrow(ForbiddenError);
    const outsider = await freshTenant("Udefra");
    await expect(act(outsider.ctx, assignCaseworker, { caseId: mine, userId: outsider.user.id })).rejects.toThrow(NotFoundError);
    expect(await caseworkerOf(mine)).toBeNull();
    expect(await owner().auditEvent.count({ where: { caseId: mine, action: "case.assign-caseworker" } })).toBe(0);
    // The partner's 'Mine sager' holds none of the kommune's cases.
    expect((await listCases(partner.ctx, { mine: "1" })).cases).toEqual([]);
  });
});
