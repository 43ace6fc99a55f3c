// Underretninger end to end below the UI, as the runtime role: intake in one
// transaction, idempotency, the reporter organisation's status-only view,
// outsiders getting NotFoundError with nothing changed, and the audit trail.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { assessReport, markReceiptSent, recordFeedback, recordOutcome } from "@/lib/underretninger/actions";
import { createConcernReport } from "@/lib/underretninger/intake";
import { getReceipt, getReport, listQueue, listReporterStatus } from "@/lib/underretninger/queries";
import { createReportSchema, type CreateReportInput } from "@/lib/underretninger/schemas";
import { getCaseDeadlines, listTasks } from "@/lib/tasks/queries";
import { getCaseReports } from "@/lib/underretninger/case-reports";
import { claimTask } from "@/lib/tasks/workflow";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { freshTenant, owner, type Tenant, inCase, inOrg } from "./helpers";

const CPR = "0101901234";

function localNow(offsetMinutes = -60): string {
  const d = new Date(Date.now() + offsetMinutes * 60_000);
  const parts = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", dateStyle: "short", timeStyle: "short" }).format(d);
  return parts.replace(" ", "T");
}

function futureDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function input(overrides: Partial<CreateReportInput> = {}): CreateReportInput {
  return {
    idempotencyKey: randomUUID(),
    reporterKind: "FAGPERSON",
    reporterName: "Julie Jordemoder",
    reporterOrgId: "",
    reporterOrganisation: "",
    reporterProfession: "Jordemoder",
    reporterContact: "julie@example.test",
    channel: "TELEFON",
    receivedAt: localNow(),
    about: "UFOEDT_BARN",
    cpr: CPR,
    firstName: "Mette",
    lastName: "Testesen",
    termin: futureDay(90),
    observations: "Den gravide fortæller om dagligt forbrug af hash.",
    substances: "Hash",
    exposure: "",
    womanInformed: "JA",
    copyGiven: "NEJ",
    publicEmployee: true,
    ...overrides,
  };
}

const parse = (raw: CreateReportInput) => createReportSchema.parse(raw);

/** freshTenant's organisation is a KOMMUNE_FAMILIE: the one that receives underretninger. */
function kommune(label = "Familieafdeling"): Promise<Tenant> {
  return freshTenant(label);
}

async function countsFor(orgId: string) {
  const db = owner();
  const [reports, cases, persons, deadlines, tasks] = await Promise.all([
    db.concernReport.count({ where: { receivingOrgId: orgId } }),
    db.caseFile.count({ where: { responsibleOrgId: orgId } }),
    db.person.count({ where: { ownerOrgId: orgId } }),
    db.deadline.count({ where: { orgId } }),
    db.task.count({ where: { orgId } }),
  ]);
  return { reports, cases, persons, deadlines, tasks };
}

describe("intake", () => {
  it("creates person, case in opsporing, report, both clocks and a task per clock", async () => {
    const k = await kommune();
    const created = await createConcernReport(k.ctx, parse(input()));
    expect(created.duplicate).toBe(false);
    // The two clocks with a task each, and the termin's earliest placement day (BL § 49), which has none.
    expect(await countsFor(k.org.id)).toEqual({ reports: 1, cases: 1, persons: 1, deadlines: 3, tasks: 2 });
    const caseFile = await owner().caseFile.findUniqueOrThrow({ where: { id: created.caseId } });
    expect(caseFile).toMatchObject({ kind: "GRAVID", stage: "OPSPORING", responsibleOrgId: k.org.id });
    expect(caseFile.termin).not.toBeNull();
    const deadlines = await owner().deadline.findMany({ where: { sourceId: created.id }, orderBy: { dueAt: "asc" } });
    expect(deadlines.map((d) => [d.ruleId, d.legalReference])).toEqual([
      ["underretning-24t", "Barnets Lov § 136"],
      ["kvittering-6-hverdage", "Barnets Lov § 136"],
    ]);
    const tasks = await listTasks(k.ctx);
    expect(tasks.organisation.map((t) => t.title).sort()).toEqual(deadlines.map((d) => d.label).sort());
  });

  it("attaches to an existing case by CPR, flags an active indsats, and gives an anonymous reporter no receipt clock", async () => {
    const k = await kommune();
    const person = await createPerson(owner(), { ownerOrgId: k.org.id, firstName: "Mette", lastName: "Testesen", cpr: CPR });
    const existing = await createCase(owner(), { subjectId: person.id, responsibleOrgId: k.org.id, byUser: k.user, stage: "INDSATS" });
    const created = await createConcernReport(k.ctx, parse(input({ reporterKind: "ANONYM", reporterName: "Skal ikke gemmes", about: "GRAVID", termin: "" })));
    expect(created.caseId).toBe(existing.id);
    const report = await owner().concernReport.findUniqueOrThrow({ where: { id: created.id } });
    expect(report).toMatchObject({ activeInterventionFlag: true, reporterName: null, reporterContact: null });
    expect((await owner().deadline.findMany({ where: { sourceId: created.id } })).map((d) => d.ruleId)).toEqual(["underretning-24t"]);
    expect(await countsFor(k.org.id)).toMatchObject({ cases: 1, persons: 1 });
    await expect(markReceiptSent(k.ctx, created.id)).rejects.toBeInstanceOf(ValidationError);
  });

  it("saves nothing when input fails validation, and rolls everything back when a step fails", async () => {
    expect(createReportSchema.safeParse(input({ observations: " ", termin: "2020-01-01" })).success).toBe(false);
    const k = await kommune();
    // A reporter organisation that is not in the directory fails after nothing else was written.
    await expect(createConcernReport(k.ctx, parse(input({ reporterOrgId: randomUUID() })))).rejects.toBeInstanceOf(ValidationError);
    expect(await countsFor(k.org.id)).toEqual({ reports: 0, cases: 0, persons: 0, deadlines: 0, tasks: 0 });
  });

  it("returns the first report for a repeated idempotency key, also for racing submits", async () => {
    const k = await kommune();
    const raw = input();
    const first = await createConcernReport(k.ctx, parse(raw));
    const again = await createConcernReport(k.ctx, parse(raw));
    expect(again).toEqual({ ...first, duplicate: true });
    const raced = input();
    const both = await Promise.all([createConcernReport(k.ctx, parse(raced)), createConcernReport(k.ctx, parse(raced))]);
    expect(both[0].id).toBe(both[1].id);
    expect((await countsFor(k.org.id)).reports).toBe(2);
  });

  it("is refused for an organisation that is not a familieafdeling", async () => {
    const clinic = await freshTenant("Klinik");
    await owner().organization.update({ where: { id: clinic.org.id }, data: { type: "FAMILIEAMBULATORIUM" } });
    expect([await inOrg(clinic.ctx, async (s) => s.receivesReports), await inOrg((await kommune()).ctx, async (s) => s.receivesReports)]).toEqual([false, true]);
    await expect(createConcernReport(clinic.ctx, parse(input()))).rejects.toThrow(/concern-report:triage/);
    expect(await countsFor(clinic.org.id)).toMatchObject({ reports: 0, cases: 0 });
  });
});

describe("triage and the reporter organisation", () => {
  it("meets the clocks, and the reporting organisation sees only its report's status", async () => {
    const k = await kommune();
    const clinic = await freshTenant("Familieambulatoriet", "JORDEMODER");
    await owner().organization.update({ where: { id: clinic.org.id }, data: { type: "FAMILIEAMBULATORIUM" } });
    const created = await createConcernReport(k.ctx, parse(input({ reporterOrgId: clinic.org.id })));
    expect((await owner().concernReport.findUniqueOrThrow({ where: { id: created.id } })).reporterOrganisation).toBe(clinic.org.name);

    expect(await inOrg(clinic.ctx, listReporterStatus)).toEqual([
      { id: created.id, about: null, sentBy: null, receivedAt: expect.any(Date), receiptSent: false, actionStarted: null },
    ]);
    await assessReport(k.ctx, { reportId: created.id, acute: false, reasons: "Ikke akut; afdækning planlægges." });
    await markReceiptSent(k.ctx, created.id);
    await recordOutcome(k.ctx, { reportId: created.id, outcome: "AFDAEKNING" });
    await recordFeedback(k.ctx, { reportId: created.id, actionStarted: true });

    const deadlines = await owner().deadline.findMany({ where: { sourceId: created.id } });
    expect(deadlines.every((d) => d.status === "MET" && d.metAt)).toBe(true);
    expect(await owner().task.count({ where: { orgId: k.org.id, status: "OPEN" } })).toBe(0);
    // Handled (an outcome is registered): out of the default "Åbne" view, under "Behandlede".
    expect((await inOrg(k.ctx, listQueue)).reports).toEqual([]);
    const queue = await inOrg(k.ctx, (scope) => listQueue(scope, { filter: "behandlede" }));
    expect(queue.reports.map((r) => r.id)).toEqual([created.id]);

    const status = await inOrg(clinic.ctx, listReporterStatus);
    expect(status).toEqual([{ id: created.id, about: null, sentBy: null, receivedAt: expect.any(Date), receiptSent: true, actionStarted: true }]);
    // The reporting organisation cannot open the report, its receipt, the queue entry or act on it.
    await expect(getReport(clinic.ctx, created.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReceipt(clinic.ctx, created.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await inOrg(clinic.ctx, listQueue)).reports).toEqual([]);
  });

  it("lists the case's reports on the case for the receiving organisation, newest first", async () => {
    const k = await kommune();
    const first = await createConcernReport(k.ctx, parse(input({ receivedAt: localNow(-180) })));
    const second = await createConcernReport(k.ctx, parse(input({ channel: "BREV" })));
    expect(second.caseId).toBe(first.caseId);
    await assessReport(k.ctx, { reportId: first.id, acute: true, reasons: "Akut: forbrug i 3. trimester." });
    const listed = await inCase(k.ctx, first.caseId, getCaseReports);
    expect(listed?.map((r) => [r.id, r.channel, !!r.assessedAt, r.acute])).toEqual([
      [second.id, "BREV", false, null],
      [first.id, "TELEFON", true, true],
    ]);
    // Another kommune's reports on its own case never appear here.
    const other = await kommune("Anden kommune");
    await createConcernReport(other.ctx, parse(input()));
    expect((await inCase(k.ctx, first.caseId, getCaseReports))?.length).toBe(2);
  });

  it("gives an outsider NotFoundError on every report action and leaves the row unchanged", async () => {
    const k = await kommune();
    const outsider = await kommune("Anden kommune");
    const created = await createConcernReport(k.ctx, parse(input()));
    const before = await owner().concernReport.findUniqueOrThrow({ where: { id: created.id } });
    const deadlinesBefore = await owner().deadline.findMany({ where: { sourceId: created.id }, orderBy: { id: "asc" } });
    const attempts = [
      () => getReport(outsider.ctx, created.id),
      () => getReceipt(outsider.ctx, created.id),
      () => assessReport(outsider.ctx, { reportId: created.id, acute: true, reasons: "x" }),
      () => markReceiptSent(outsider.ctx, created.id),
      () => recordOutcome(outsider.ctx, { reportId: created.id, outcome: "INGEN_FORANSTALTNING" }),
      () => recordFeedback(outsider.ctx, { reportId: created.id, actionStarted: false }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    expect(await owner().concernReport.findUniqueOrThrow({ where: { id: created.id } })).toEqual(before);
    expect(await owner().deadline.findMany({ where: { sourceId: created.id }, orderBy: { id: "asc" } })).toEqual(deadlinesBefore);
    expect((await inOrg(outsider.ctx, listQueue)).reports).toEqual([]);
    expect(await inOrg(outsider.ctx, listReporterStatus)).toEqual([]);
    // The receiving organisation's administrator manages the organisation, not citizens' reports.
    const admin = { ...k.ctx, role: "ADMIN" as const };
    await expect(getReport(admin, created.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assessReport(admin, { reportId: created.id, acute: true, reasons: "x" })).rejects.toThrow(/concern-report:triage/);
  });

  it("writes an AuditEvent for every step", async () => {
    const k = await kommune();
    const created = await createConcernReport(k.ctx, parse(input()));
    await getReport(k.ctx, created.id);
    await assessReport(k.ctx, { reportId: created.id, acute: true, reasons: "Akut" });
    await getReceipt(k.ctx, created.id);
    await markReceiptSent(k.ctx, created.id);
    await recordOutcome(k.ctx, { reportId: created.id, outcome: "BOERNEFAGLIG_UNDERSOEGELSE" });
    await recordFeedback(k.ctx, { reportId: created.id, actionStarted: true });
    await inOrg(k.ctx, listQueue);
    const actions = (await owner().auditEvent.findMany({ where: { orgId: k.org.id }, orderBy: { id: "asc" }, select: { action: true } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual([
      "case.create",
      "deadline.create",
      "concern-report.create",
      "deadline.create",
      "concern-report.open",
      "concern-report.assess",
      "concern-report.open",
      "concern-report.receipt",
      // The outcome "børnefaglig undersøgelse" starts the BFU clock.
      "deadline.create",
      "concern-report.outcome",
      "concern-report.feedback",
      "concern-report.list",
    ]);
  });
});

describe("tasks and deadlines", () => {
  it("computes overdue in SQL, lets a user take a task, and keeps outsiders out", async () => {
    const k = await kommune();
    const outsider = await kommune("Anden kommune");
    const created = await createConcernReport(k.ctx, parse(input({ receivedAt: localNow(-48 * 60) })));
    const tasks = await listTasks(k.ctx);
    expect(tasks.mine).toEqual([]);
    expect(tasks.organisation.map((t) => [t.rule, t.overdue, t.holder])).toEqual([
      ["underretning-24t", true, null],
      ["kvittering-6-hverdage", false, null],
    ]);
    const overdue = tasks.organisation[0]!;
    await expect(claimTask(outsider.ctx, { taskId: overdue.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await owner().task.findUniqueOrThrow({ where: { id: overdue.id } })).ownerUserId).toBeNull();
    await claimTask(k.ctx, { taskId: overdue.id });
    expect((await listTasks(k.ctx)).mine.map((t) => [t.id, t.holder])).toEqual([[overdue.id, "ME"]]);
    await expect(claimTask(k.ctx, { taskId: overdue.id })).rejects.toBeInstanceOf(ValidationError);

    const { deadlines } = await inCase(k.ctx, created.caseId, getCaseDeadlines);
    expect(deadlines.map((d) => d.legalReference).sort()).toEqual(["Barnets Lov § 136", "Barnets Lov § 136", "Barnets Lov § 49"]);
    await expect(inCase(outsider.ctx, created.caseId, getCaseDeadlines)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listTasks(outsider.ctx)).organisation).toEqual([]);
  });
});
