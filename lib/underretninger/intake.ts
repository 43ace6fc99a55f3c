import "server-only";
import { reportTriageWhere } from "@/lib/access/reports";
import type { AccessContext } from "@/lib/access/context";
import { ForbiddenError } from "@/lib/access/errors";
import { caseWriteWhere, requirePermission } from "@/lib/access/policy";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { withAccess, type Db } from "@/lib/db";
import { dayToDate } from "@/lib/domain/calendar";
import { openCase, registerPerson } from "@/lib/cases/open-case";
import { cprBlindIndex } from "@/lib/persons/cpr-vault";
import { reportClocks } from "./clocks";
import { idempotent } from "@/lib/db/idempotent";
import { orgDirectory, ownOrg, RECEIVING_ORG_TYPE } from "@/lib/orgs/org";
import type { CreateReport } from "./schemas";

// Intake of an underretning by the receiving familieafdeling: person, case,
// report, deadlines and tasks in ONE transaction, so a failure leaves nothing.

type CaseRef = { caseId: string; personId: string; stage: string };

/**
 * The case the report belongs to: an open case of the right kind on this CPR
 * that the organisation is responsible for, or a new one in opsporing. A
 * report about an unborn child goes on the mother's GRAVID case.
 */
async function findOrCreateCase(db: Db, ctx: AccessContext, input: CreateReport): Promise<CaseRef> {
  const kind = input.about === "BARN" ? "BARN" : "GRAVID";
  const termin = input.about === "BARN" || !input.termin ? null : dayToDate(input.termin);
  // Without a CPR nothing can be matched: a new person and case, merged later
  // if the CPR turns out to be known (ADR 0017).
  const existing = input.cpr && await db.caseFile.findFirst({
    where: { kind, closedAt: null, subject: { cprBlindIndex: cprBlindIndex(input.cpr) }, ...caseWriteWhere(ctx) },
    orderBy: { createdAt: "desc" },
    select: { id: true, stage: true, termin: true, subjectId: true },
  });
  if (existing) {
    // A termin learnt from the report fills a gap, never overwrites a known one.
    if (termin && !existing.termin) {
      await db.caseFile.updateMany({ where: { id: existing.id, termin: null, ...caseWriteWhere(ctx) }, data: { termin } });
    }
    return { caseId: existing.id, personId: existing.subjectId, stage: existing.stage };
  }

  const person = await registerPerson(db, ctx, input);
  const created = await openCase(db, ctx, {
    subjectId: person.id, kind, termin, reason: "Sagen er oprettet ved modtagelse af en underretning",
  });
  return { caseId: created.id, personId: person.id, stage: created.stage };
}

/** The reporter's organisation must be another tenant from the directory. */
async function reporterOrgName(db: Db, ctx: AccessContext, reporterOrgId: string | null): Promise<string | null> {
  if (!reporterOrgId) return null;
  const org = (await orgDirectory(db, ctx)).find((o) => o.id === reporterOrgId);
  if (!org) throw new ValidationError("Ret de markerede felter.", { reporterOrgId: ["Vælg en organisation fra listen"] });
  return org.name;
}

export type CreatedReport = { id: string; caseId: string; duplicate: boolean };

async function existingByKey(ctx: AccessContext, key: string): Promise<CreatedReport | null> {
  return withAccess(ctx, async (db) => {
    const row = await db.concernReport.findFirst({ where: { idempotencyKey: key, ...reportTriageWhere(ctx) }, select: { id: true, caseId: true } });
    return row ? { ...row, duplicate: true } : null;
  });
}

/**
 * Registers a received underretning. A repeated idempotency key returns the
 * first report instead of creating another (see idempotent).
 */
export async function createConcernReport(ctx: AccessContext, input: CreateReport): Promise<CreatedReport> {
  requirePermission(ctx, "concern-report:triage");
  return idempotent(
    () => existingByKey(ctx, input.idempotencyKey),
    () => withAccess(ctx, (db) => createConcernReportIn(db, ctx, input)),
  );
}

/**
 * The intake itself, in the caller's transaction, so registering an inbox
 * submission creates the report and marks the submission in one commit.
 * `reporterUserId` is known only when the reporter submitted it herself.
 */
export async function createConcernReportIn(
  db: Db,
  ctx: AccessContext,
  input: CreateReport & { reporterUserId?: string },
): Promise<CreatedReport> {
  requirePermission(ctx, "concern-report:triage");
  const org = await ownOrg(db, ctx);
  if (org.type !== RECEIVING_ORG_TYPE) throw new ForbiddenError("concern-report:triage");
  const orgName = await reporterOrgName(db, ctx, input.reporterOrgId);
  const target = await findOrCreateCase(db, ctx, input);
  const report = await db.concernReport.create({
    data: {
      caseId: target.caseId,
      receivingOrgId: ctx.orgId,
      reporterOrgId: input.reporterOrgId,
      reporterUserId: input.reporterUserId,
      reporterKind: input.reporterKind,
      reporterName: input.reporterName,
      reporterOrganisation: input.reporterOrganisation ?? orgName,
      reporterProfession: input.reporterProfession,
      reporterContact: input.reporterContact,
      channel: input.channel,
      receivedAt: input.receivedAt,
      about: input.about,
      observations: input.observations,
      termin: input.termin && input.about !== "BARN" ? dayToDate(input.termin) : null,
      substances: input.substances,
      exposure: input.exposure,
      womanInformed: input.womanInformed,
      copyGiven: input.copyGiven,
      publicEmployee: input.publicEmployee,
      // BL § 137: a report on a case with an active indsats gets special handling.
      activeInterventionFlag: target.stage === "INDSATS",
      idempotencyKey: input.idempotencyKey,
      createdByUserId: ctx.userId,
      createdByName: ctx.userName,
    },
    select: { id: true },
  });
  await audit(db, ctx, {
    action: "concern-report.create", entityType: "ConcernReport", entityId: report.id, caseId: target.caseId, personId: target.personId,
    details: { about: input.about, channel: input.channel, reporterKind: input.reporterKind, activeIntervention: target.stage === "INDSATS" },
  });
  await createClocks(db, ctx, { reportId: report.id, caseId: target.caseId, receivedAt: input.receivedAt, reporterNamed: !!input.reporterName }, org.calendar);
  return { id: report.id, caseId: target.caseId, duplicate: false };
}

/** The statutory clocks the report starts, each with a task for the organisation. */
async function createClocks(
  db: Db,
  ctx: AccessContext,
  report: { reportId: string; caseId: string; receivedAt: Date; reporterNamed: boolean },
  calendar: Awaited<ReturnType<typeof ownOrg>>["calendar"],
): Promise<void> {
  const clocks = reportClocks({ ...report, orgId: ctx.orgId }, calendar);
  for (const clock of clocks) {
    const deadline = await db.deadline.create({ data: clock.deadline, select: { id: true } });
    await db.task.create({ data: clock.task(deadline.id), select: { id: true } });
  }
  await audit(db, ctx, {
    action: "deadline.create", entityType: "ConcernReport", entityId: report.reportId, caseId: report.caseId,
    details: { deadlines: clocks.map((c) => ({ rule: c.deadline.ruleId, dueAt: c.deadline.dueAt.toISOString() })) },
  });
}
