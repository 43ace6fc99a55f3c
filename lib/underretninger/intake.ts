import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { ForbiddenError } from "@/lib/access/errors";
import { caseWriteWhere, requirePermission } from "@/lib/access/policy";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { withAccess, type Db } from "@/lib/db";
import { parseCpr } from "@/lib/domain/cpr";
import { cprBlindIndex, encryptCpr } from "@/lib/persons/cpr-vault";
import { reportClocks } from "./clocks";
import { orgDirectory, ownOrg, RECEIVING_ORG_TYPE } from "./org";
import type { CreateReport } from "./schemas";

// Intake of an underretning by the receiving familieafdeling: person, case,
// report, deadlines and tasks in ONE transaction, so a failure leaves nothing.

const dayFromIso = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

type CaseRef = { caseId: string; personId: string; stage: string };

/**
 * The case the report belongs to: an open case of the right kind on this CPR
 * that the organisation is responsible for, or a new one in opsporing. A
 * report about an unborn child goes on the mother's GRAVID case.
 */
async function findOrCreateCase(db: Db, ctx: AccessContext, input: CreateReport): Promise<CaseRef> {
  const blindIndex = cprBlindIndex(input.cpr);
  const kind = input.about === "BARN" ? "BARN" : "GRAVID";
  const termin = input.about === "BARN" || !input.termin ? null : dayFromIso(input.termin);
  const existing = await db.caseFile.findFirst({
    where: { kind, closedAt: null, subject: { cprBlindIndex: blindIndex }, ...caseWriteWhere(ctx) },
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

  const person =
    (await db.person.findFirst({ where: { ownerOrgId: ctx.orgId, cprBlindIndex: blindIndex }, select: { id: true } })) ??
    (await db.person.create({
      data: {
        ownerOrgId: ctx.orgId,
        firstName: input.firstName,
        lastName: input.lastName,
        cprCiphertext: encryptCpr(input.cpr),
        cprBlindIndex: blindIndex,
        birthDate: birthDateOf(input.cpr),
      },
      select: { id: true },
    }));
  const created = await db.caseFile.create({
    data: {
      subjectId: person.id,
      kind,
      termin,
      responsibleOrgId: ctx.orgId,
      coordinatorOrgId: ctx.orgId,
      transitions: {
        create: {
          toStage: "OPSPORING", reason: "Sagen er oprettet ved modtagelse af en underretning",
          byUserId: ctx.userId, byName: ctx.userName, orgId: ctx.orgId,
        },
      },
    },
    select: { id: true, stage: true },
  });
  await audit(db, ctx, { action: "case.create", entityType: "CaseFile", entityId: created.id, caseId: created.id, personId: person.id });
  return { caseId: created.id, personId: person.id, stage: created.stage };
}

function birthDateOf(cpr: string): Date | null {
  const parsed = parseCpr(cpr);
  return parsed.ok ? dayFromIso(parsed.birthDate) : null;
}

/** The reporter's organisation must be another tenant from the directory. */
async function reporterOrgName(db: Db, ctx: AccessContext, reporterOrgId: string | null): Promise<string | null> {
  if (!reporterOrgId) return null;
  const org = (await orgDirectory(db, ctx)).find((o) => o.id === reporterOrgId);
  if (!org) throw new ValidationError("Ret de markerede felter.", { reporterOrgId: ["Vælg en organisation fra listen"] });
  return org.name;
}

/** Prisma's P2002, checked by shape: app code does not import the generated client (ADR 0002). */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export type CreatedReport = { id: string; caseId: string; duplicate: boolean };

async function existingByKey(ctx: AccessContext, key: string): Promise<CreatedReport | null> {
  return withAccess(ctx, async (db) => {
    const row = await db.concernReport.findFirst({ where: { idempotencyKey: key, receivingOrgId: ctx.orgId }, select: { id: true, caseId: true } });
    return row ? { ...row, duplicate: true } : null;
  });
}

/**
 * Registers a received underretning. A repeated idempotency key (double
 * submit, retry after a lost answer) returns the first report instead of
 * creating another; two racing submits are settled by the unique index.
 */
export async function createConcernReport(ctx: AccessContext, input: CreateReport): Promise<CreatedReport> {
  requirePermission(ctx, "concern-report:triage");
  const before = await existingByKey(ctx, input.idempotencyKey);
  if (before) return before;
  try {
    return await withAccess(ctx, (db) => intake(db, ctx, input));
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await existingByKey(ctx, input.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }
}

async function intake(db: Db, ctx: AccessContext, input: CreateReport): Promise<CreatedReport> {
  const org = await ownOrg(db, ctx);
  if (org.type !== RECEIVING_ORG_TYPE) throw new ForbiddenError("concern-report:triage");
  const orgName = await reporterOrgName(db, ctx, input.reporterOrgId);
  const target = await findOrCreateCase(db, ctx, input);
  const report = await db.concernReport.create({
    data: {
      caseId: target.caseId,
      receivingOrgId: ctx.orgId,
      reporterOrgId: input.reporterOrgId,
      reporterKind: input.reporterKind,
      reporterName: input.reporterName,
      reporterOrganisation: input.reporterOrganisation ?? orgName,
      reporterProfession: input.reporterProfession,
      reporterContact: input.reporterContact,
      channel: input.channel,
      receivedAt: input.receivedAt,
      about: input.about,
      observations: input.observations,
      termin: input.termin && input.about !== "BARN" ? dayFromIso(input.termin) : null,
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
    await db.task.create({ data: { ...clock.task, deadlineId: deadline.id }, select: { id: true } });
  }
  await audit(db, ctx, {
    action: "deadline.create", entityType: "ConcernReport", entityId: report.reportId, caseId: report.caseId,
    details: { deadlines: clocks.map((c) => ({ rule: c.deadline.ruleId, dueAt: c.deadline.dueAt.toISOString() })) },
  });
}
