// Regression tests for a security review: each case was an exploit against
// an earlier version and must now be refused (ADR 0002, 0006, 0008).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { createCase as appCreateCase } from "@/lib/cases/actions";
import { getCase, listCases } from "@/lib/cases/queries";
import { recordConsent, recordStatutoryBasis } from "@/lib/consents/actions";
import { withAccess } from "@/lib/db/with-access";
import { createConcernReport } from "@/lib/underretninger/intake";
import { registerSubmission, submitConcernReport } from "@/lib/underretninger/inbox";
import { listReporterStatus } from "@/lib/underretninger/queries";
import { createReportSchema, submitReportSchema } from "@/lib/underretninger/schemas";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { freshTenant, owner, rawAsRuntime, type Tenant, act, inCase, inOrg } from "./helpers";

const futureDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const copenhagenMinutesAgo = (minutes: number) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", dateStyle: "short", timeStyle: "short" })
    .format(new Date(Date.now() - minutes * 60_000)).replace(" ", "T");

let kommune: Tenant, ambulatorium: Tenant, jordemoder: Tenant, rusmiddel: Tenant, outsider: Tenant;
let caseId: string, clinicNoteId: string, midwifeNoteId: string;

beforeAll(async () => {
  kommune = await freshTenant("Sikker Kommune");
  ambulatorium = await freshTenant("Sikker Ambulatorium", "LAEGE", "FAMILIEAMBULATORIUM");
  jordemoder = await freshTenant("Sikker Region", "JORDEMODER", "FOEDESTED");
  rusmiddel = await freshTenant("Sikker Rusmiddel", "BEHANDLER");
  outsider = await freshTenant("Sikker Udenfor");
  const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Mette", lastName: "Testesen", cpr: "0101901234" });
  caseId = (await createCase(owner(), {
    subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user,
    participants: [ambulatorium, jordemoder, rusmiddel].map((t) => ({ orgId: t.org.id, roleOnCase: "Deltager" })),
  })).id;
  const note = (t: Tenant, text: string) =>
    owner().note.create({ data: { caseId, authorOrgId: t.org.id, authorUserId: t.user.id, authorName: t.user.name, category: "HELBRED", text } });
  clinicNoteId = (await note(ambulatorium, "Ambulatoriets helbredsnotat")).id;
  midwifeNoteId = (await note(jordemoder, "Jordemoderens helbredsnotat")).id;
});

describe("a statutory basis opens only the granting organisation's records", () => {
  it("SUL § 43 from the jordemoder shows the rusmiddelcenter her note, not the ambulatorium's", async () => {
    await act(jordemoder.ctx, recordStatutoryBasis, { caseId, code: "SUL_43_2", recipientOrgId: rusmiddel.org.id, categories: ["HELBRED"], reason: "Akut fare" });
    const seen = (await inCase(rusmiddel.ctx, caseId, getCase)).notes.map((n) => n.id);
    expect(seen).toContain(midwifeNoteId);
    expect(seen).not.toContain(clinicNoteId);
    const sql = await rawAsRuntime<{ id: string }>(rusmiddel.ctx, `SELECT id FROM "Note" WHERE "caseId" = $1::uuid`, caseId);
    expect(sql.map((r) => r.id).sort()).toEqual([midwifeNoteId]);
  });

  it("only the responsible organisation shares stamdata", async () => {
    await expect(act(jordemoder.ctx, recordStatutoryBasis, {
      caseId, code: "TIDLIG_FOREBYGGENDE_MOEDE", recipientOrgId: rusmiddel.org.id, categories: ["STAMDATA"], reason: "Møde",
    })).rejects.toBeInstanceOf(ValidationError);
    await expect(withAccess(jordemoder.ctx, (db) => db.sharingBasis.create({
      data: { caseId, recipientOrgId: rusmiddel.org.id, category: "STAMDATA", kind: "STATUTORY", statutoryCode: "RSL_11C",
        grantedByOrgId: jordemoder.org.id, grantedByName: "x", validFrom: new Date() },
    }))).rejects.toThrow(/row-level security/);
  });
});

describe("the database refuses writes the app never makes", () => {
  it("a basis can only be revoked, not rewritten", async () => {
    await expect(rawAsRuntime(jordemoder.ctx, `UPDATE "SharingBasis" SET category = 'STAMDATA', "validTo" = NULL WHERE "grantedByOrgId" = $1::uuid`, jordemoder.org.id))
      .rejects.toThrow(/permission denied/);
    expect(await owner().sharingBasis.count({ where: { grantedByOrgId: jordemoder.org.id, category: "STAMDATA" } })).toBe(0);
  });

  it("no member changes its organisation, and no case is repointed at another person", async () => {
    await expect(rawAsRuntime(jordemoder.ctx, `UPDATE "Organization" SET type = 'KOMMUNE_FAMILIE' WHERE id = $1::uuid`, jordemoder.org.id))
      .rejects.toThrow(/permission denied/);
    const victim = (await owner().caseFile.findUniqueOrThrow({ where: { id: caseId } })).subjectId;
    const other = await freshTenant("Sikker K2");
    const own = await createPerson(owner(), { ownerOrgId: other.org.id, firstName: "Egen", lastName: "Person", cpr: "0505901234" });
    const ownCase = await createCase(owner(), { subjectId: own.id, responsibleOrgId: other.org.id, byUser: other.user });
    await expect(rawAsRuntime(other.ctx, `UPDATE "CaseFile" SET "subjectId" = $1::uuid WHERE id = $2::uuid`, victim, ownCase.id))
      .rejects.toThrow(/permission denied/);
    expect((await owner().caseFile.findUniqueOrThrow({ where: { id: ownCase.id } })).subjectId).toBe(own.id);
  });

  it("an outsider cannot forge disclosure or audit rows onto someone else's case", async () => {
    await expect(withAccess(outsider.ctx, (db) => db.disclosure.create({
      data: { caseId, recordType: "Note", recordId: clinicNoteId, category: "HELBRED", fromOrgId: ambulatorium.org.id,
        toOrgId: outsider.org.id, toUserId: outsider.user.id, toUserName: "Falsk", purpose: "falsk" },
    }))).rejects.toThrow(/row-level security/);
    await expect(withAccess(outsider.ctx, (db) => db.auditEvent.create({
      data: { action: "case.open", caseId, orgId: outsider.org.id, userId: outsider.user.id },
    }))).rejects.toThrow(/row-level security/);
    expect(await owner().auditEvent.count({ where: { caseId, orgId: outsider.org.id } })).toBe(0);
  });

  it("colleagues' password hashes are not readable", async () => {
    await expect(rawAsRuntime(kommune.ctx, `SELECT "passwordHash" FROM "User" WHERE id = $1::uuid`, kommune.user.id)).rejects.toThrow(/permission denied/);
  });
});

describe("roles and ownership", () => {
  it("an administrator does not read citizens' cases", async () => {
    const admin = { ...kommune.ctx, role: "ADMIN" as const };
    await expect(inCase(admin, caseId, getCase)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listCases(admin, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a participant cannot open a child's case under another organisation's mother case", async () => {
    const participant = await freshTenant("Sikker K3");
    const mother = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Mor", lastName: "Hemmelig", cpr: "0606901234" });
    const motherCase = await createCase(owner(), {
      subjectId: mother.id, responsibleOrgId: kommune.org.id, byUser: kommune.user, participants: [{ orgId: participant.org.id, roleOnCase: "K3" }],
    });
    await act(kommune.ctx, recordConsent, {
      caseId: motherCase.id, givenBy: "MOTHER", givenByName: "Mor", direction: "VIDEREGIVE", recipientOrgIds: [participant.org.id],
      categories: ["STAMDATA"], purpose: "Koordinering", form: "SKRIFTLIGT", evidence: undefined, validFrom: undefined, validUntil: undefined,
    } as never);
    await expect(appCreateCase(participant.ctx, { kind: "UNBORN", motherCpr: "0606901234", termin: futureDay(60) })).rejects.toBeInstanceOf(ValidationError);
    expect(await owner().caseFile.count({ where: { motherCaseId: motherCase.id } })).toBe(0);
  });

  it("another organisation cannot block a submission's registration by reusing its id as a key", async () => {
    const a = await freshTenant("Sikker KommuneA");
    const b = await freshTenant("Sikker KommuneB");
    const sent = await submitConcernReport(a.ctx, submitReportSchema.parse({
      idempotencyKey: randomUUID(), toOrgId: b.org.id, reporterProfession: "Sagsbehandler", reporterContact: "a@example.test",
      publicEmployee: true, about: "UFOEDT_BARN", cpr: "0202901234", firstName: "M", lastName: "T", termin: futureDay(90),
      observations: "Bekymring", substances: "", exposure: "", womanInformed: "JA", copyGiven: "NEJ",
    }));
    await createConcernReport(a.ctx, createReportSchema.parse({
      idempotencyKey: sent.id, reporterKind: "ANONYM", reporterName: "", reporterOrgId: "", reporterOrganisation: "", reporterProfession: "",
      reporterContact: "", channel: "TELEFON", receivedAt: copenhagenMinutesAgo(60), about: "BARN", cpr: "0303901234", firstName: "X", lastName: "Y",
      termin: "", observations: "Forsøg", substances: "", exposure: "", womanInformed: "JA", copyGiven: "NEJ", publicEmployee: false,
    }));
    await registerSubmission(b.ctx, sent.id);
    const registered = await owner().concernReportSubmission.findUniqueOrThrow({ where: { id: sent.id } });
    expect(registered.registeredAt).not.toBeNull();

    // The sender sees the status of the report the kommune registered, never the report row itself.
    expect((await inOrg(a.ctx, listReporterStatus)).map((r) => r.id)).toContain(registered.registeredReportId);
    expect(await rawAsRuntime(a.ctx, `SELECT observations FROM "ConcernReport" WHERE id = $1::uuid`, registered.registeredReportId)).toEqual([]);
  });
});

describe("statutory bases name who may use them", () => {
  it("a kommune cannot rely on sundhedsloven § 43, which is for health professionals", async () => {
    await expect(act(kommune.ctx, recordStatutoryBasis, {
      caseId, code: "SUL_43_2", recipientOrgId: rusmiddel.org.id, categories: ["HELBRED"], reason: "Forsøg",
    })).rejects.toBeInstanceOf(ValidationError);
    expect(await owner().sharingBasis.count({ where: { caseId, grantedByOrgId: kommune.org.id, statutoryCode: "SUL_43_2" } })).toBe(0);
  });
});
