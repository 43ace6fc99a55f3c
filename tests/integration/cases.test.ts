import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { addNote, changeStage, createCase, revealCpr } from "@/lib/cases/actions";
import { getCasePage } from "@/lib/cases/case-page";
import { getCase, getCaseAudit, listCases } from "@/lib/cases/queries";
import { createCase as createCaseRow, createPerson } from "@/tests/fixtures/factories";
import { freshTenant, owner, type Tenant, act, inCase } from "./helpers";

// A fixed, valid fictitious CPR per run would collide across files: derive one.
function cprFor(seed: number): string {
  const day = String(1 + (seed % 28)).padStart(2, "0");
  return `${day}0795${String(4000 + (seed % 5000)).padStart(4, "0")}`.slice(0, 10);
}

describe("cases: access, audit and outsiders", () => {
  let a: Tenant;
  let outsider: Tenant;
  let participant: Tenant;
  let caseId: string;
  const cpr = cprFor(Date.now() % 10_000);

  beforeAll(async () => {
    a = await freshTenant("Kommune A");
    outsider = await freshTenant("Kommune B");
    participant = await freshTenant("Familieambulatorium");
    const created = await createCase(a.ctx, { kind: "GRAVID", cpr, firstName: "Mette", lastName: "Testesen", termin: undefined });
    caseId = created.id;
    await owner().caseParticipant.create({
      data: { caseId, orgId: participant.org.id, roleOnCase: "Familieambulatorium", addedByUserId: a.user.id },
    });
  });

  it("opening a case writes an AuditEvent for the reader", async () => {
    const view = await inCase(a.ctx, caseId, getCase);
    expect(view.subject.name).toBe("Mette Testesen");
    const events = await owner().auditEvent.findMany({ where: { caseId, action: "case.open", userId: a.user.id } });
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events[0]!.orgId).toBe(a.org.id);
  });

  it("loads the whole case page in one transaction for the responsible organisation, and 404s an outsider", async () => {
    const page = await getCasePage(a.ctx, caseId);
    expect(page.view.id).toBe(caseId);
    expect(page.auditEvents?.map((e) => e.action)).toContain("case.open");
    expect(page.sharing).toBeDefined();
    expect(page.deadlines.deadlines).toEqual([]);
    await expect(getCasePage(outsider.ctx, caseId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("finds the case by exact CPR through the blind index and logs the search criteria", async () => {
    const result = await listCases(a.ctx, { cpr: `${cpr.slice(0, 6)}-${cpr.slice(6)}` });
    expect(result.cases.map((c) => c.id)).toEqual([caseId]);
    const search = await owner().auditEvent.findFirst({ where: { userId: a.user.id, action: "case.search" }, orderBy: { id: "desc" } });
    expect(search?.details).toMatchObject({ cpr: `${cpr.slice(0, 6)}-XXXX`, results: 1 });
    expect(JSON.stringify(search?.details)).not.toContain(cpr.slice(6));
  });

  it("an outsider gets NotFound on the case page query and every case action, and nothing changes", async () => {
    const before = await owner().caseFile.findUniqueOrThrow({ where: { id: caseId }, include: { transitions: true, notes: true } });
    await expect(inCase(outsider.ctx, caseId, getCase)).rejects.toBeInstanceOf(NotFoundError);
    await expect(inCase(outsider.ctx, caseId, getCaseAudit)).rejects.toBeInstanceOf(NotFoundError);
    await expect(act(outsider.ctx, changeStage, { caseId, to: "UDREDNING", reason: "Forsøg udefra" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(act(outsider.ctx, addNote, { caseId, category: "HELBRED", text: "Forsøg udefra" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(inCase(outsider.ctx, caseId, revealCpr)).rejects.toBeInstanceOf(NotFoundError);
    const after = await owner().caseFile.findUniqueOrThrow({ where: { id: caseId }, include: { transitions: true, notes: true } });
    expect(after).toEqual(before);
    expect((await listCases(outsider.ctx, { cpr })).cases).toEqual([]);
  });

  it("a participant sees the case but may not change its stage; the log is the responsible org's", async () => {
    await expect(inCase(participant.ctx, caseId, getCase)).resolves.toMatchObject({ id: caseId, isResponsible: false });
    await expect(act(participant.ctx, changeStage, { caseId, to: "UDREDNING", reason: "Ikke vores beslutning" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(inCase(participant.ctx, caseId, getCaseAudit)).rejects.toBeInstanceOf(NotFoundError);
    expect((await owner().caseFile.findUniqueOrThrow({ where: { id: caseId } })).stage).toBe("OPSPORING");
  });

  it("changes stage with a reason, records the transition and refuses a skip", async () => {
    await act(a.ctx, changeStage, { caseId, to: "UDREDNING", reason: "Underretning vurderet, afdækning iværksat" });
    await expect(act(a.ctx, changeStage, { caseId, to: "OPFOELGNING", reason: "Springer over" })).rejects.toBeInstanceOf(ValidationError);
    const row = await owner().caseFile.findUniqueOrThrow({ where: { id: caseId }, include: { transitions: { orderBy: { at: "asc" } } } });
    expect(row.stage).toBe("UDREDNING");
    expect(row.transitions.map((t) => [t.fromStage, t.toStage])).toEqual([[null, "OPSPORING"], ["OPSPORING", "UDREDNING"]]);
    const audit = await inCase(a.ctx, caseId, getCaseAudit);
    expect(audit.map((e) => e.action)).toContain("case.stage-change");
  });

  it("reveals the full CPR only on request, and audits it", async () => {
    const { cpr: shown } = await inCase(a.ctx, caseId, revealCpr);
    expect(shown.replace("-", "")).toBe(cpr);
    const reveal = await owner().auditEvent.findFirst({ where: { caseId, action: "cpr.reveal", userId: a.user.id } });
    expect(reveal).not.toBeNull();
    const stored = await owner().person.findFirstOrThrow({ where: { cases: { some: { id: caseId } } } });
    expect(stored.cprCiphertext).not.toContain(cpr);
  });

  it("creates an unborn child's case under the mother's case, and refuses a termin in the past", async () => {
    const termin = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    const child = await createCase(a.ctx, { kind: "UNBORN", motherCpr: cpr, termin });
    const row = await owner().caseFile.findUniqueOrThrow({ where: { id: child.id }, include: { subject: true } });
    expect(row).toMatchObject({ kind: "BARN", motherCaseId: caseId, stage: "OPSPORING" });
    expect(row.subject).toMatchObject({ isUnborn: true, cprCiphertext: null });
    await expect(createCase(a.ctx, { kind: "UNBORN", motherCpr: cpr, termin: "2020-01-01" })).rejects.toBeInstanceOf(ValidationError);
    await expect(createCase(outsider.ctx, { kind: "UNBORN", motherCpr: cpr, termin })).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses a gravid case whose termin is in the past, and opens nothing", async () => {
    const before = await owner().caseFile.count({ where: { responsibleOrgId: a.org.id } });
    await expect(createCase(a.ctx, { kind: "GRAVID", cpr: cprFor((Date.now() + 7) % 10_000), firstName: "Tidligere", lastName: "Termin", termin: "2020-01-01" }))
      .rejects.toBeInstanceOf(ValidationError);
    expect(await owner().caseFile.count({ where: { responsibleOrgId: a.org.id } })).toBe(before);
  });

  it("a different organisation's person with the same CPR stays invisible", async () => {
    const other = await createPerson(owner(), { ownerOrgId: outsider.org.id, firstName: "Skjult", lastName: "Person", cpr });
    await createCaseRow(owner(), { subjectId: other.id, responsibleOrgId: outsider.org.id, byUser: outsider.user });
    const mine = await listCases(a.ctx, { cpr });
    expect(mine.cases.every((c) => c.subject.name !== "Skjult Person")).toBe(true);
  });
});
