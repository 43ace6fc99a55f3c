// "CPR ukendt" and the merge (ADR 0017), as the runtime role: a phone report
// about a woman without her CPR opens a case "uden CPR"; adding the CPR that
// another person in the register holds saves nothing and offers the merge;
// the merge moves every record to the surviving case and deletes nothing.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { addNote, createCase } from "@/lib/cases/actions";
import { getCasePage } from "@/lib/cases/case-page";
import { listCases } from "@/lib/cases/queries";
import { setCpr } from "@/lib/stamdata/cpr";
import { editStamdata } from "@/lib/stamdata/edit";
import { mergeCases } from "@/lib/stamdata/merge";
import { MERGE_DIFFERENT_ORGS } from "@/lib/stamdata/messages";
import { createConcernReport } from "@/lib/underretninger/intake";
import { listQueue } from "@/lib/underretninger/queries";
import { createReportSchema } from "@/lib/underretninger/schemas";
import { createCase as createCaseRow, createPerson } from "@/tests/fixtures/factories";
import { act, freshTenant, inOrg, owner, type Tenant } from "./helpers";

/** A valid fictitious CPR per run, so files and reruns never share one. */
function freshCpr(): string {
  const n = Math.floor(Math.random() * 9000) + 1000;
  return `${String(1 + (n % 28)).padStart(2, "0")}0${1 + (n % 9)}88${n}`;
}

function localNow(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", dateStyle: "short", timeStyle: "short" })
    .format(new Date(Date.now() - 3_600_000)).replace(" ", "T");
}

/** A phone report about a woman whose CPR the caller does not know. */
const phoneReport = () => createReportSchema.parse({
  idempotencyKey: randomUUID(), reporterKind: "PRIVATPERSON", reporterName: "Naboen", reporterOrgId: "", reporterOrganisation: "",
  reporterProfession: "", reporterContact: "22 33 44 55", channel: "TELEFON", receivedAt: localNow(), about: "GRAVID",
  cprUnknown: true, cpr: "", firstName: "Nadia", lastName: "Hansen", termin: "", address: "Vestergade 4, 7100 Vejle",
  description: "Ca. 25 år, gravid i 5. måned", observations: "Hun drikker dagligt, siger naboen.", substances: "Alkohol",
  exposure: "", womanInformed: "NEJ", copyGiven: "NEJ", publicEmployee: false,
});

const CASE_RECORDS = ["note", "concernReport", "consent", "sharingBasis", "deadline", "task"] as const;

/** Every row of the case's records (by id), its participants, transitions and audit rows, as the owner sees them. */
async function snapshot(caseIds: string[]) {
  const db = owner();
  const where = { caseId: { in: caseIds } };
  const [note, concernReport, consent, sharingBasis, deadline, task] = await Promise.all([
    db.note.findMany({ where, select: { id: true, caseId: true } }),
    db.concernReport.findMany({ where, select: { id: true, caseId: true } }),
    db.consent.findMany({ where, select: { id: true, caseId: true } }),
    db.sharingBasis.findMany({ where, select: { id: true, caseId: true } }),
    db.deadline.findMany({ where, select: { id: true, caseId: true } }),
    db.task.findMany({ where, select: { id: true, caseId: true } }),
  ]);
  return {
    records: { note, concernReport, consent, sharingBasis, deadline, task },
    participants: await db.caseParticipant.findMany({ where, select: { caseId: true, orgId: true, until: true } }),
    transitions: await db.stageTransition.findMany({ where, orderBy: { at: "asc" } }),
    audit: await db.auditEvent.findMany({ where, orderBy: { id: "asc" } }),
    disclosures: await db.disclosure.count({ where }),
    cases: await db.caseFile.findMany({ where: { id: { in: caseIds } }, orderBy: { id: "asc" } }),
    persons: await db.person.findMany({ where: { cases: { some: { id: { in: caseIds } } } }, orderBy: { id: "asc" } }),
  };
}

let kommune: Tenant;
let clinic: Tenant;
let jobcenter: Tenant;
let outsider: Tenant;
const cpr = freshCpr();
let existingCaseId: string;
let phoneCaseId: string;

beforeAll(async () => {
  kommune = await freshTenant("Merge Kommune");
  clinic = await freshTenant("Merge Ambulatorium", "JORDEMODER", "FAMILIEAMBULATORIUM");
  jobcenter = await freshTenant("Merge Jobcenter", "SAGSBEHANDLER", "JOBCENTER");
  outsider = await freshTenant("Merge Udenfor");
  existingCaseId = (await createCase(kommune.ctx, { kind: "GRAVID", cpr, firstName: "Nadia", lastName: "Hansen", termin: undefined })).id;
  await owner().caseParticipant.create({ data: { caseId: existingCaseId, orgId: clinic.org.id, roleOnCase: "Familieambulatorium", addedByUserId: kommune.user.id } });
  await act(kommune.ctx, addNote, { caseId: existingCaseId, category: "SOCIALE_FORHOLD", text: "Notat på den kendte sag" });

  phoneCaseId = (await createConcernReport(kommune.ctx, phoneReport())).caseId;
  // The phone case gathers records of its own: two participants (the clinic
  // also on the existing case), notes by the kommune and by the clinic, a consent with its bases.
  for (const org of [clinic, jobcenter]) {
    await owner().caseParticipant.create({ data: { caseId: phoneCaseId, orgId: org.org.id, roleOnCase: "Deltager", addedByUserId: kommune.user.id } });
  }
  await act(kommune.ctx, addNote, { caseId: phoneCaseId, category: "SOCIALE_FORHOLD", text: "Første samtale" });
  await act(clinic.ctx, addNote, { caseId: phoneCaseId, category: "HELBRED", text: "Jordemoderens notat" });
  const consent = await owner().consent.create({
    data: {
      caseId: phoneCaseId, givenBy: "MOTHER", givenByName: "Nadia Hansen", direction: "VIDEREGIVE", purpose: "Fælles forløb",
      form: "MUNDTLIGT", validFrom: new Date(), validUntil: new Date(Date.now() + 300 * 86_400_000),
      recordedByOrgId: kommune.org.id, recordedByUserId: kommune.user.id,
    },
  });
  await owner().sharingBasis.create({
    data: {
      caseId: phoneCaseId, recipientOrgId: clinic.org.id, category: "HELBRED", kind: "CONSENT", consentId: consent.id,
      grantedByOrgId: kommune.org.id, grantedByName: kommune.user.name, validFrom: new Date(Date.now() - 1000),
    },
  });
});

describe("CPR ukendt", () => {
  it("registers the phone report on a new case whose person has no CPR, flagged uden CPR in the list, the queue and the header", async () => {
    const person = await owner().person.findFirstOrThrow({ where: { cases: { some: { id: phoneCaseId } } } });
    expect(person).toMatchObject({ cprCiphertext: null, cprBlindIndex: null, isUnborn: false, address: "Vestergade 4, 7100 Vejle", description: "Ca. 25 år, gravid i 5. måned" });
    const listed = (await listCases(kommune.ctx, {})).cases.find((c) => c.id === phoneCaseId);
    expect(listed?.subject).toMatchObject({ withoutCpr: true, maskedCpr: null, isUnborn: false });
    const queued = (await inOrg(kommune.ctx, listQueue)).reports.find((r) => r.subjectName === "Nadia Hansen");
    expect(queued?.subjectWithoutCpr).toBe(true);
    const page = await getCasePage(kommune.ctx, phoneCaseId);
    expect(page.view.subject).toMatchObject({ withoutCpr: true, hasCpr: false, address: "Vestergade 4, 7100 Vejle" });
    expect(page.stamdata).toMatchObject({ canEdit: true, canMerge: true, mergedIntoCaseId: null });
    // The known case is not "uden CPR".
    expect((await getCasePage(kommune.ctx, existingCaseId)).view.subject.withoutCpr).toBe(false);
  });

  it("opens a case in Ny sag without a CPR too", async () => {
    const created = await createCase(kommune.ctx, { kind: "GRAVID", cpr: null, firstName: "Sara", lastName: "Uden", termin: undefined, address: "Vejle" });
    const person = await owner().person.findFirstOrThrow({ where: { cases: { some: { id: created.id } } } });
    expect(person).toMatchObject({ cprBlindIndex: null, address: "Vejle", firstName: "Sara" });
  });
});

describe("adding the CPR and merging", () => {
  it("refuses an outsider (not found) and a participant (forbidden), and nothing changes", async () => {
    const before = await snapshot([phoneCaseId, existingCaseId]);
    for (const [tenant, error] of [[outsider, NotFoundError], [jobcenter, ForbiddenError], [clinic, ForbiddenError]] as const) {
      await expect(act(tenant.ctx, setCpr, { caseId: phoneCaseId, cpr })).rejects.toBeInstanceOf(error);
      await expect(act(tenant.ctx, editStamdata, { caseId: phoneCaseId, firstName: "X", lastName: "Y", termin: null })).rejects.toBeInstanceOf(error);
      await expect(act(tenant.ctx, mergeCases, { caseId: phoneCaseId, cpr, targetCaseId: existingCaseId })).rejects.toBeInstanceOf(error);
    }
    expect(await snapshot([phoneCaseId, existingCaseId])).toEqual(before);
  });

  it("does not set a CPR another person holds: it offers her case to merge with, audited, nothing changed", async () => {
    const before = await snapshot([phoneCaseId, existingCaseId]);
    const result = await act(kommune.ctx, setCpr, { caseId: phoneCaseId, cpr });
    expect(result).toMatchObject({ status: "DUPLICATE", candidates: [{ id: existingCaseId, mergeable: true, name: "Nadia Hansen" }] });
    const after = await snapshot([phoneCaseId, existingCaseId]);
    expect(after.persons).toEqual(before.persons);
    expect(after.records).toEqual(before.records);
    expect(after.audit.slice(0, before.audit.length)).toEqual(before.audit);
    expect(after.audit.slice(before.audit.length).map((a) => a.action)).toEqual(["person.cpr-duplicate"]);
  });

  it("refuses a merge into a case that is not the CPR holder's", async () => {
    const other = await createCase(kommune.ctx, { kind: "GRAVID", cpr: freshCpr(), firstName: "Anden", lastName: "Person", termin: undefined });
    await expect(act(kommune.ctx, mergeCases, { caseId: phoneCaseId, cpr, targetCaseId: other.id })).rejects.toThrow("tilhører ikke personen");
    expect((await owner().caseFile.findUniqueOrThrow({ where: { id: phoneCaseId } })).mergedIntoCaseId).toBeNull();
  });

  it("merges the phone case into the existing one, keeping every record and audit row", async () => {
    const before = await snapshot([phoneCaseId, existingCaseId]);
    const onPhone = Object.fromEntries(CASE_RECORDS.map((k) => [k, before.records[k].filter((r) => r.caseId === phoneCaseId).length]));
    expect(onPhone).toMatchObject({ note: 2, concernReport: 1, consent: 1, sharingBasis: 1 });
    expect(onPhone.deadline).toBeGreaterThan(0);
    expect(onPhone.task).toBeGreaterThan(0);

    expect(await act(kommune.ctx, mergeCases, { caseId: phoneCaseId, cpr, targetCaseId: existingCaseId })).toEqual({ caseId: existingCaseId });
    const after = await snapshot([phoneCaseId, existingCaseId]);

    // Every record still exists (same ids), now all on the surviving case.
    for (const kind of CASE_RECORDS) {
      expect(after.records[kind].map((r) => r.id).sort()).toEqual(before.records[kind].map((r) => r.id).sort());
      expect(after.records[kind].every((r) => r.caseId === existingCaseId)).toBe(true);
    }
    // Participants: the clinic once on the surviving case, the jobcenter added; the merged case keeps its rows.
    const on = (caseId: string) => after.participants.filter((p) => p.caseId === caseId && !p.until).map((p) => p.orgId).sort();
    expect(on(existingCaseId)).toEqual([clinic.org.id, jobcenter.org.id].sort());
    expect(on(phoneCaseId)).toEqual([clinic.org.id, jobcenter.org.id].sort());
    // Stage history: the merged case's stays and gains its closing step; the surviving case's is unchanged.
    expect(after.transitions.slice(0, before.transitions.length)).toEqual(before.transitions);
    const closing = after.transitions.at(-1)!;
    expect(closing).toMatchObject({ caseId: phoneCaseId, toStage: "AFSLUTTET" });
    expect(closing.reason).toMatch(/^Sammenlagt med SF-\d{6}$/);
    // Audit rows untouched, the merge audited on both cases; disclosures kept.
    expect(after.audit.slice(0, before.audit.length)).toEqual(before.audit);
    const merges = after.audit.slice(before.audit.length).filter((a) => a.action === "case.merge");
    expect(merges.map((a) => a.caseId).sort()).toEqual([phoneCaseId, existingCaseId].sort());
    expect(merges[0]!.details).toMatchObject({ from: phoneCaseId, into: existingCaseId, moved: { notes: 2, reports: 1, participants: 1 } });
    expect(after.disclosures).toBeGreaterThanOrEqual(before.disclosures);
    // The merged case is closed with its pointer; both persons stay, the CPR-less one linked.
    const phoneCase = after.cases.find((c) => c.id === phoneCaseId)!;
    expect(phoneCase).toMatchObject({ mergedIntoCaseId: existingCaseId, stage: "AFSLUTTET" });
    expect(phoneCase.closedAt).not.toBeNull();
    const [known, unknown] = [after.persons.find((p) => p.cprBlindIndex)!, after.persons.find((p) => !p.cprBlindIndex)!];
    expect(after.persons).toHaveLength(2);
    expect(unknown.mergedIntoId).toBe(known.id);
  });

  it("shows the merge in both cases' history, and the merged case links to the surviving one", async () => {
    const surviving = await getCasePage(kommune.ctx, existingCaseId);
    expect(surviving.stamdata.history.map((h) => [h.kind, h.otherCaseId])).toEqual([["MERGED_FROM", phoneCaseId]]);
    expect(surviving.view.notes.map((n) => n.text)).toEqual(expect.arrayContaining(["Første samtale", "Notat på den kendte sag"]));
    const merged = await getCasePage(kommune.ctx, phoneCaseId);
    expect(merged.stamdata).toMatchObject({ mergedIntoCaseId: existingCaseId, canEdit: false, canMerge: false });
    expect(merged.stamdata.history.map((h) => [h.kind, h.otherCaseId])).toEqual([["MERGED_INTO", existingCaseId]]);
    // The clinic's own note moved with the case and is still hers to read.
    const clinicView = await getCasePage(clinic.ctx, existingCaseId);
    expect(clinicView.view.notes.map((n) => n.text)).toContain("Jordemoderens notat");
    // A merged case is history: no second merge, no stamdata edits.
    await expect(act(kommune.ctx, mergeCases, { caseId: phoneCaseId, cpr, targetCaseId: existingCaseId })).rejects.toThrow("Sagen er afsluttet");
  });
});

describe("merges that are refused", () => {
  it("refuses cases of different responsible organisations in Danish, and a case the actor cannot see as not found", async () => {
    const other = await freshTenant("Merge Anden Kommune");
    const heldCpr = freshCpr();
    // The kommune's register holds the CPR, but the case on it belongs to another kommune (the kommune takes part).
    const holder = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Ida", lastName: "Flyttet", cpr: heldCpr });
    const foreign = await createCaseRow(owner(), {
      subjectId: holder.id, responsibleOrgId: other.org.id, byUser: other.user, participants: [{ orgId: kommune.org.id, roleOnCase: "Tidligere kommune" }],
    });
    const hidden = await createCaseRow(owner(), { subjectId: holder.id, responsibleOrgId: other.org.id, byUser: other.user });
    const unknownCase = (await createConcernReport(kommune.ctx, phoneReport())).caseId;
    const before = await snapshot([unknownCase, foreign.id, hidden.id]);

    const offered = await act(kommune.ctx, setCpr, { caseId: unknownCase, cpr: heldCpr });
    expect(offered).toMatchObject({ status: "DUPLICATE", candidates: [{ id: foreign.id, mergeable: false }] });
    await expect(act(kommune.ctx, mergeCases, { caseId: unknownCase, cpr: heldCpr, targetCaseId: foreign.id })).rejects.toThrow(MERGE_DIFFERENT_ORGS);
    const notFound = act(kommune.ctx, mergeCases, { caseId: unknownCase, cpr: heldCpr, targetCaseId: hidden.id });
    await expect(notFound).rejects.toBeInstanceOf(NotFoundError);
    await expect(act(kommune.ctx, mergeCases, { caseId: unknownCase, cpr: heldCpr, targetCaseId: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);

    const after = await snapshot([unknownCase, foreign.id, hidden.id]);
    expect({ ...after, audit: after.audit.slice(0, before.audit.length) }).toEqual(before);
  });

  it("the database function refuses a merge the app would refuse, whoever calls it", async () => {
    const a = (await createConcernReport(outsider.ctx, phoneReport())).caseId;
    await expect(act(kommune.ctx, async (scope) => scope.db.$queryRaw`SELECT app_merge_case(${a}::uuid, ${existingCaseId}::uuid)`, { caseId: existingCaseId }))
      .rejects.toThrow();
    expect((await owner().caseFile.findUniqueOrThrow({ where: { id: a } })).mergedIntoCaseId).toBeNull();
  });
});

describe("adding and correcting a CPR no one else holds, the name and the termin", () => {
  it("sets the CPR with a history row that never holds it, then corrects it; edits name and termin with history", async () => {
    const caseId = (await createConcernReport(kommune.ctx, phoneReport())).caseId;
    const first = freshCpr();
    expect(await act(kommune.ctx, setCpr, { caseId, cpr: first })).toEqual({ status: "SET" });
    expect((await listCases(kommune.ctx, { cpr: first })).cases.map((c) => c.id)).toEqual([caseId]);
    await expect(act(kommune.ctx, setCpr, { caseId, cpr: first })).rejects.toBeInstanceOf(ValidationError);
    const second = freshCpr();
    await act(kommune.ctx, setCpr, { caseId, cpr: second });
    await act(kommune.ctx, editStamdata, { caseId, firstName: "Nadia", lastName: "Jensen", termin: "2099-05-01" });
    await expect(act(kommune.ctx, editStamdata, { caseId, firstName: "Nadia", lastName: "Jensen", termin: "2099-05-01" })).rejects.toThrow("Intet er ændret");

    const page = await getCasePage(kommune.ctx, caseId);
    expect(page.view.subject).toMatchObject({ name: "Nadia Jensen", withoutCpr: false });
    expect(page.view.termin?.toISOString().slice(0, 10)).toBe("2099-05-01");
    expect(page.stamdata.history.map((h) => [h.kind, h.oldValue, h.newValue])).toEqual([
      ["TERMIN", null, "2099-05-01"], ["NAME", "Nadia Hansen", "Nadia Jensen"], ["CPR_CHANGED", null, null], ["CPR_ADDED", null, null],
    ]);
    const rows = JSON.stringify([await owner().stamdataChange.findMany({ where: { caseId } }), await owner().auditEvent.findMany({ where: { caseId }, select: { details: true, entityId: true } })]);
    for (const number of [first, second]) expect(rows).not.toContain(number);
    // Partners never see the history (row-level security: the writer's only).
    expect((await getCasePage(clinic.ctx, existingCaseId)).stamdata.history).toEqual([]);
  });
});
