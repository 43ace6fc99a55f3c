// Consents, statutory bases and the disclosure log (ADR 0006): outsiders get
// NotFoundError and change nothing, nobody grants itself access, bad input is
// refused in Danish, withdrawal is idempotent, and each cross-organisation
// read writes exactly one Disclosure row.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { revealCpr } from "@/lib/cases/actions";
import { getCase, listCases } from "@/lib/cases/queries";
import { recordConsent, recordStatutoryBasis, withdrawConsent } from "@/lib/consents/actions";
import { getSharing } from "@/lib/consents/queries";
import { recordConsentSchema } from "@/lib/consents/schemas";
import { exportDisclosuresCsv, readDisclosures } from "@/lib/disclosures/queries";
import { withAccess } from "@/lib/db/with-access";
import { WRITTEN_CONSENT_BY_MOTHER } from "@/tests/fixtures/consents";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { freshTenant, owner, type Tenant, act, inCase } from "./helpers";

let kommune: Tenant;
let ambulatorium: Tenant;
let jordemoder: Tenant;
let outsider: Tenant;
let caseId: string;
let consentId: string;

const base = WRITTEN_CONSENT_BY_MOTHER;

async function snapshot() {
  const [consents, bases, tasks, disclosures] = await Promise.all([
    owner().consent.findMany({ where: { caseId }, orderBy: { id: "asc" } }),
    owner().sharingBasis.findMany({ where: { caseId }, orderBy: { id: "asc" } }),
    owner().task.count({ where: { caseId } }),
    owner().disclosure.count({ where: { caseId } }),
  ]);
  return { consents, bases, tasks, disclosures };
}

beforeAll(async () => {
  kommune = await freshTenant("Kommune");
  ambulatorium = await freshTenant("Familieambulatorium", "JORDEMODER", "FAMILIEAMBULATORIUM");
  jordemoder = await freshTenant("Region", "JORDEMODER");
  outsider = await freshTenant("Udenfor");
  const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Mette", lastName: "Testesen", cpr: "0101901234" });
  caseId = (await createCase(owner(), {
    subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user,
    participants: [{ orgId: ambulatorium.org.id, roleOnCase: "Familieambulatorium" }, { orgId: jordemoder.org.id, roleOnCase: "Jordemoder" }],
  })).id;
  for (const [t, category] of [[kommune, "HELBRED"], [kommune, "SOCIALE_FORHOLD"], [ambulatorium, "HELBRED"]] as const) {
    await owner().note.create({ data: { caseId, authorOrgId: t.org.id, authorUserId: t.user.id, authorName: t.user.name, category, text: `${category} notat` } });
  }
  consentId = (await act(kommune.ctx, recordConsent, { ...base, caseId, recipientOrgIds: [jordemoder.org.id], categories: ["HELBRED", "RUSMIDDEL", "STAMDATA"] })).id;
});

describe("recording a consent", () => {
  it("creates one basis per recipient x category, valid one year, a reminder task and an audit row", async () => {
    const bases = await owner().sharingBasis.findMany({ where: { consentId } });
    expect(bases.map((b) => b.category).sort()).toEqual(["HELBRED", "RUSMIDDEL", "STAMDATA"]);
    const consent = await owner().consent.findUniqueOrThrow({ where: { id: consentId } });
    const days = (consent.validUntil.getTime() - consent.validFrom.getTime()) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(365);
    expect(days).toBeLessThanOrEqual(366);
    const reminders = await owner().task.findMany({ where: { caseId, rule: "samtykke-udloeber-30-dage" } });
    expect(reminders).toHaveLength(1);
    // Due 30 days before the consent runs out (the rule table's samtykke-udloeber-30-dage).
    expect(Math.round((consent.validUntil.getTime() - reminders[0]!.dueAt!.getTime()) / 86_400_000)).toBe(30);
    expect(await owner().auditEvent.count({ where: { caseId, action: "consent.record" } })).toBe(1);
  });

  it("shows 'Hvad kan X se?' per organisation", async () => {
    const view = await inCase(kommune.ctx, caseId, getSharing);
    expect(view.coverage.find((c) => c.orgId === jordemoder.org.id)?.categories).toEqual(["STAMDATA", "HELBRED", "RUSMIDDEL"]);
    expect(view.coverage.find((c) => c.orgId === ambulatorium.org.id)?.categories).toEqual([]);
    expect(view.consents[0]).toMatchObject({ status: "aktiv", canWithdraw: true });
  });

  it("refuses bad input with Danish field errors", () => {
    const bad = recordConsentSchema.safeParse({ ...base, caseId, purpose: " ", recipientOrgIds: [], categories: [], form: "MUNDTLIGT", evidence: "", validFrom: "2027-02-01", validUntil: "2027-01-01" });
    expect(bad.success).toBe(false);
    const fields = Object.fromEntries((bad.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
    expect(fields).toMatchObject({
      purpose: "Skriv formålet med samtykket", recipientOrgIds: "Vælg mindst én organisation", categories: "Vælg mindst én oplysningskategori",
      evidence: expect.stringContaining("mundtligt"), validUntil: "Gyldig til kan ikke ligge før gyldig fra",
    });
    // Evidence is required whatever the form (ADR 0025).
    const unproven = recordConsentSchema.safeParse({ ...base, caseId, recipientOrgIds: [jordemoder.org.id], categories: ["HELBRED"], evidence: " " });
    expect(unproven.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["evidence", "Skriv, hvor samtykket er dokumenteret, fx den underskrevne blanket eller mødereferatet"],
    ]);
  });

  it("refuses a giver who may not consent", async () => {
    await expect(act(kommune.ctx, recordConsent, { ...base, caseId, givenBy: "CUSTODY_HOLDER", recipientOrgIds: [jordemoder.org.id], categories: ["PLAN"] }))
      .rejects.toBeInstanceOf(ValidationError);
    await expect(act(kommune.ctx, recordConsent, { ...base, caseId, givenBy: "PARTNER", recipientOrgIds: [jordemoder.org.id], categories: ["PLAN"] }))
      .rejects.toBeInstanceOf(ValidationError);
  });

  it("no statutory self-grant, no consent recipient off the case: not through the action, not through a direct insert under RLS", async () => {
    await expect(act(kommune.ctx, recordConsent, { ...base, caseId, recipientOrgIds: [outsider.org.id], categories: ["HELBRED"] })).rejects.toBeInstanceOf(ValidationError);
    await expect(act(ambulatorium.ctx, recordStatutoryBasis, { caseId, code: "SUL_43_2", recipientOrgId: ambulatorium.org.id, categories: ["HELBRED"], reason: "Selv" }))
      .rejects.toBeInstanceOf(ValidationError);
    await expect(withAccess(ambulatorium.ctx, (db) => db.sharingBasis.createMany({
      data: [{ caseId, recipientOrgId: ambulatorium.org.id, category: "SOCIALE_FORHOLD", kind: "STATUTORY", grantedByOrgId: ambulatorium.org.id, grantedByName: "x", validFrom: new Date() }],
    }))).rejects.toThrow(/row-level security/i);
    // A participant records consents it obtained (ADR 0025), but never stamdata, and never on another's consent.
    await expect(act(ambulatorium.ctx, recordConsent, { ...base, caseId, recipientOrgIds: [jordemoder.org.id], categories: ["STAMDATA"] })).rejects.toBeInstanceOf(ValidationError);
    await expect(withAccess(ambulatorium.ctx, (db) => db.sharingBasis.createMany({
      data: [{ caseId, recipientOrgId: jordemoder.org.id, category: "HELBRED", kind: "CONSENT", consentId, grantedByOrgId: ambulatorium.org.id, grantedByName: "x", validFrom: new Date() }],
    }))).rejects.toThrow(/row-level security/i);
    await expect(withAccess(kommune.ctx, (db) => db.sharingBasis.createMany({
      data: [{ caseId, recipientOrgId: outsider.org.id, category: "HELBRED", kind: "CONSENT", consentId, grantedByOrgId: kommune.org.id, grantedByName: "x", validFrom: new Date() }],
    }))).rejects.toThrow(/row-level security/i);
    // A role without consent:manage is still refused.
    const admin = { ...kommune.ctx, role: "ADMIN" as const };
    await expect(act(admin, recordConsent, { ...base, caseId, recipientOrgIds: [jordemoder.org.id], categories: ["HELBRED"] })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("statutory bases keep to their own scope", async () => {
    await expect(act(ambulatorium.ctx, recordStatutoryBasis, { caseId, code: "SUL_43_2", recipientOrgId: kommune.org.id, categories: ["SOCIALE_FORHOLD"], reason: "Uden for" }))
      .rejects.toBeInstanceOf(ValidationError);
    await expect(act(ambulatorium.ctx, recordStatutoryBasis, { caseId, code: "RSL_11C", recipientOrgId: kommune.org.id, categories: ["HELBRED"], reason: "Ikke en børnesag" }))
      .rejects.toBeInstanceOf(ValidationError);
  });
});

describe("outsiders", () => {
  it("get NotFoundError for every action taking a case or consent id, and nothing changes", async () => {
    const before = await snapshot();
    await expect(act(outsider.ctx, recordConsent, { ...base, caseId, recipientOrgIds: [jordemoder.org.id], categories: ["HELBRED"] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(act(outsider.ctx, withdrawConsent, { caseId, consentId, reason: "Udefra" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(act(outsider.ctx, recordStatutoryBasis, { caseId, code: "SUL_43_2", recipientOrgId: kommune.org.id, categories: ["HELBRED"], reason: "Udefra" }))
      .rejects.toBeInstanceOf(NotFoundError);
    await expect(inCase(outsider.ctx, caseId, getSharing)).rejects.toBeInstanceOf(NotFoundError);
    await expect(inCase(outsider.ctx, caseId, readDisclosures)).rejects.toBeInstanceOf(NotFoundError);
    await expect(inCase(outsider.ctx, caseId, exportDisclosuresCsv)).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(before);
  });
});

describe("disclosure log and stamdata", () => {
  it("writes one Disclosure per record read across the boundary, with purpose and basis", async () => {
    const before = await owner().disclosure.count({ where: { toUserId: jordemoder.user.id } });
    const view = await inCase(jordemoder.ctx, caseId, getCase);
    expect(view.notes.map((n) => n.category)).toEqual(["HELBRED", "HELBRED"]);
    expect(view.subject.name).toBe("Mette Testesen");
    const rows = await owner().disclosure.findMany({ where: { toUserId: jordemoder.user.id }, orderBy: { recordType: "asc" } });
    expect(rows.length - before).toBe(3); // two notes and the stamdata
    expect(rows.filter((r) => r.recordType === "Note").map((r) => r.recordId).sort()).toEqual(view.notes.map((n) => n.id).sort());
    for (const r of rows) expect(r).toMatchObject({ toOrgId: jordemoder.org.id, purpose: base.purpose, basisId: expect.any(String) });
    // Reading one's own records is not a disclosure.
    const own = await owner().disclosure.count({ where: { toOrgId: kommune.org.id } });
    await inCase(kommune.ctx, caseId, getCase);
    expect(await owner().disclosure.count({ where: { toOrgId: kommune.org.id } })).toBe(own);
  });

  it("lists disclosures for the responsible org (all) and an author org (its own), and exports CSV audited", async () => {
    const all = await inCase(kommune.ctx, caseId, readDisclosures);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const own = await inCase(ambulatorium.ctx, caseId, readDisclosures);
    expect(own.every((d) => d.fromOrgName === ambulatorium.org.name)).toBe(true);
    expect(own).toHaveLength(1);
    expect(await inCase(jordemoder.ctx, caseId, readDisclosures)).toEqual([]);
    const csv = await inCase(kommune.ctx, caseId, exportDisclosuresCsv);
    expect(csv.split("\r\n")[0]).toContain("Formål");
    expect(csv).toContain(jordemoder.user.name);
    expect(await owner().auditEvent.count({ where: { caseId, action: "disclosure.export" } })).toBe(1);
  });

  it("without a STAMDATA basis a participant sees the case shell only, and cannot reveal the CPR", async () => {
    const view = await inCase(ambulatorium.ctx, caseId, getCase);
    expect(view.subject).toMatchObject({ name: "Navn ikke delt", maskedCpr: null, hasCpr: false });
    expect(view.permissions.revealCpr).toBe(false);
    await expect(inCase(ambulatorium.ctx, caseId, revealCpr)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(inCase(jordemoder.ctx, caseId, revealCpr)).resolves.toMatchObject({ cpr: "010190-1234" });
  });
});

describe("withdrawal", () => {
  it("is one action, takes effect on the next request, and twice is harmless", async () => {
    await act(kommune.ctx, withdrawConsent, { caseId, consentId, reason: "Kvinden ønsker ikke længere deling" });
    const first = await owner().consent.findUniqueOrThrow({ where: { id: consentId } });
    await act(kommune.ctx, withdrawConsent, { caseId, consentId, reason: "Igen" });
    const second = await owner().consent.findUniqueOrThrow({ where: { id: consentId } });
    expect(second).toEqual(first);
    expect(await owner().auditEvent.count({ where: { caseId, action: "consent.withdraw" } })).toBe(1);
    expect(await owner().sharingBasis.count({ where: { consentId, revokedAt: null } })).toBe(0);
    const view = await inCase(jordemoder.ctx, caseId, getCase);
    expect(view.notes).toEqual([]);
    expect(view.subject.name).toBe("Navn ikke delt");
    expect((await inCase(kommune.ctx, caseId, getSharing)).consents[0]).toMatchObject({ status: "tilbagekaldt", canWithdraw: false });
  });
});

describe("searching without a STAMDATA basis", () => {
  it("does not find the case by name or CPR, so a hit cannot reveal the hidden name", async () => {
    const byName = await listCases(ambulatorium.ctx, { q: "Testesen" });
    expect(byName.cases.map((c) => c.id)).not.toContain(caseId);
    const byCpr = await listCases(ambulatorium.ctx, { cpr: "010190-1234" });
    expect(byCpr.cases.map((c) => c.id)).not.toContain(caseId);
    const all = await listCases(ambulatorium.ctx, {});
    expect(all.cases.find((c) => c.id === caseId)?.subject).toMatchObject({ name: "Navn ikke delt", maskedCpr: null });
    expect((await listCases(kommune.ctx, { q: "Testesen" })).cases.map((c) => c.id)).toContain(caseId);
  });
});

describe("the sharing section for a participant", () => {
  it("shows only the sharing that concerns the participant itself", async () => {
    const mine = await inCase(ambulatorium.ctx, caseId, getSharing);
    expect(mine.coverage.map((c) => c.orgId)).toEqual([ambulatorium.org.id]);
    expect(mine.consents).toEqual([]); // the jordemoder's consent is not the ambulatorium's business
    const hers = await inCase(jordemoder.ctx, caseId, getSharing);
    expect(hers.consents.map((c) => c.id)).toEqual([consentId]);
    // ADR 0025: the jordemoder records consents she obtains herself, but not stamdata.
    expect(hers.canManageConsents).toBe(true);
    expect(hers.canShareStamdata).toBe(false);
  });
});
