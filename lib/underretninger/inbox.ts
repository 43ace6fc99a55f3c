import "server-only";
import type { OrgScope } from "@/lib/access/org-scope";
import type { AccessContext } from "@/lib/access/context";
import { NotFoundError } from "@/lib/access/errors";
import { requirePermission } from "@/lib/access/policy";
import { submissionInboxWhere, submissionSentWhere } from "@/lib/access/reports";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { dayToDate } from "@/lib/domain/calendar";
import { withAccess, type Db } from "@/lib/db";
import { cprBlindIndex, decryptCpr, encryptCpr } from "@/lib/persons/cpr-vault";
import { reportClocks, RULE_24H } from "./clocks";
import { idempotent, isUniqueViolation } from "@/lib/db/idempotent";
import { createConcernReportIn, type CreatedReport } from "./intake";
import { orgDirectory, ownOrg, RECEIVING_ORG_TYPE, type DirectoryOrg } from "@/lib/orgs/org";
import type { SubmitReport } from "./schemas";

// The inbox: a professional in another organisation (e.g. a jordemoder at the
// familieambulatorium) sends an underretning to a kommune's familieafdeling
// herself. The kommune registers it as a ConcernReport whose clocks run from
// the submission, because that is when the kommune became aware (BL § 136).

const LIST_LIMIT = 200;

/** The kommuner's familieafdelinger a submission may go to (never the sender's own organisation). */
async function receivingOrgs(db: Db, ctx: AccessContext): Promise<DirectoryOrg[]> {
  return (await orgDirectory(db, ctx)).filter((o) => o.type === RECEIVING_ORG_TYPE);
}

export async function getSubmitOptions({ db, ctx }: OrgScope) {
  return { kommuner: await receivingOrgs(db, ctx) };
}

export type Submitted = { id: string; duplicate: boolean };

async function submissionByKey(ctx: AccessContext, key: string): Promise<Submitted | null> {
  return withAccess(ctx, async (db) => {
    const row = await db.concernReportSubmission.findFirst({
      where: { idempotencyKey: key, ...submissionSentWhere(ctx) },
      select: { id: true },
    });
    return row ? { id: row.id, duplicate: true } : null;
  });
}

/** Sends an underretning to a kommune's familieafdeling. A repeated idempotency key returns the first submission. */
export async function submitConcernReport(ctx: AccessContext, input: SubmitReport): Promise<Submitted> {
  requirePermission(ctx, "concern-report:create");
  return idempotent(
    () => submissionByKey(ctx, input.idempotencyKey),
    () =>
      withAccess(ctx, async (db) => {
        // orgDirectory leaves out the own organisation: a familieafdeling uses the normal intake.
        const to = (await receivingOrgs(db, ctx)).find((o) => o.id === input.toOrgId);
        if (!to) throw new ValidationError("Ret de markerede felter.", { toOrgId: ["Vælg en kommunes familieafdeling fra listen"] });
        const row = await db.concernReportSubmission.create({
          data: {
            fromOrgId: ctx.orgId, fromUserId: ctx.userId, fromUserName: ctx.userName, toOrgId: to.id,
            idempotencyKey: input.idempotencyKey, about: input.about, observations: input.observations,
            termin: input.termin && input.about !== "BARN" ? dayToDate(input.termin) : null,
            substances: input.substances, exposure: input.exposure, womanInformed: input.womanInformed, copyGiven: input.copyGiven,
            publicEmployee: input.publicEmployee, subjectFirstName: input.firstName, subjectLastName: input.lastName,
            subjectCprCiphertext: encryptCpr(input.cpr), subjectCprBlindIndex: cprBlindIndex(input.cpr),
            reporterProfession: input.reporterProfession, reporterContact: input.reporterContact,
          },
          select: { id: true },
        });
        await audit(db, ctx, {
          action: "concern-report.submit", entityType: "ConcernReportSubmission", entityId: row.id,
          details: { toOrgId: to.id, about: input.about },
        });
        return { id: row.id, duplicate: false };
      }),
  );
}

/**
 * "Indsendt af andre organisationer": unregistered submissions to this
 * familieafdeling, oldest first, each with its 24-hour clock from submission.
 */
export async function listIncoming(scope: OrgScope) {
  const { db, ctx } = scope;
  requirePermission(ctx, "concern-report:triage");
  const rows = await db.concernReportSubmission.findMany({
    where: { ...submissionInboxWhere(ctx), registeredAt: null },
    orderBy: { submittedAt: "asc" },
    take: LIST_LIMIT,
    select: { id: true, fromOrgId: true, fromUserName: true, submittedAt: true, about: true },
  });
  if (rows.length === 0) return { calendar: {}, submissions: [] };
  const names = new Map((await orgDirectory(db, ctx)).map((o) => [o.id, o.name]));
  const { calendar } = scope.org;
  await audit(db, ctx, { action: "concern-report.list", details: { view: "inbox", results: rows.length } });
  return {
    calendar,
    submissions: rows.map(({ fromOrgId, ...row }) => ({
      ...row,
      fromOrgName: names.get(fromOrgId) ?? "Ukendt organisation",
      dueAt: assessmentDueAt(row.submittedAt, calendar),
    })),
  };
}
export type IncomingRow = Awaited<ReturnType<typeof listIncoming>>["submissions"][number];

/** When the 24-hour assessment falls due, computed by the same rule the registered report will get. */
function assessmentDueAt(submittedAt: Date, calendar: Awaited<ReturnType<typeof ownOrg>>["calendar"]): Date {
  const clocks = reportClocks({ reportId: "", caseId: "", orgId: "", receivedAt: submittedAt, reporterNamed: true }, calendar);
  const clock = clocks.find((c) => c.deadline.ruleId === RULE_24H);
  return clock?.deadline.dueAt ?? submittedAt;
}

/** The sender's side: submissions not yet registered ("Sendt <dato>"). Registered ones show in the reporter status view. */
export async function listSent({ db, ctx }: OrgScope) {
  const rows = await db.concernReportSubmission.findMany({
    where: { ...submissionSentWhere(ctx), registeredAt: null },
    orderBy: { submittedAt: "desc" },
    take: LIST_LIMIT,
    select: { id: true, toOrgId: true, submittedAt: true, fromUserName: true, subjectFirstName: true, subjectLastName: true },
  });
  if (rows.length === 0) return [];
  const names = new Map((await orgDirectory(db, ctx)).map((o) => [o.id, o.name]));
  await audit(db, ctx, { action: "concern-report.list", details: { view: "sent", results: rows.length } });
  return rows.map(({ toOrgId, ...row }) => ({ ...row, toOrgName: names.get(toOrgId) ?? "Ukendt organisation" }));
}
export type SentRow = Awaited<ReturnType<typeof listSent>>[number];

/**
 * The receiving familieafdeling turns a submission into a report: the normal
 * intake (person, case, deadlines, tasks) with the submitter as a named
 * professional reporter and receivedAt = submittedAt, and the submission
 * marked registered in the same transaction. Anyone else gets NotFoundError.
 */
export async function registerSubmission(ctx: AccessContext, submissionId: string): Promise<CreatedReport> {
  try {
    return await withAccess(ctx, async (db) => {
      const s = await db.concernReportSubmission.findFirst({ where: { id: submissionId, ...submissionInboxWhere(ctx) } });
      if (!s) throw new NotFoundError("concern report submission");
      requirePermission(ctx, "concern-report:triage");
      if (s.registeredAt) throw alreadyRegistered();
      const created = await createConcernReportIn(db, ctx, {
        idempotencyKey: s.id, reporterKind: "FAGPERSON", reporterName: s.fromUserName, reporterOrgId: s.fromOrgId,
        reporterUserId: s.fromUserId, reporterOrganisation: null, reporterProfession: s.reporterProfession,
        reporterContact: s.reporterContact, channel: "DIGITAL_FORMULAR", receivedAt: s.submittedAt, about: s.about,
        cprUnknown: false, birthDate: null, address: null, description: null, cpr: decryptCpr(s.subjectCprCiphertext), firstName: s.subjectFirstName, lastName: s.subjectLastName,
        termin: s.termin ? s.termin.toISOString().slice(0, 10) : null, observations: s.observations, substances: s.substances,
        exposure: s.exposure, womanInformed: s.womanInformed, copyGiven: s.copyGiven, publicEmployee: s.publicEmployee,
      });
      // registeredAt IS NULL again here: of two racing registrations only one marks the row.
      const marked = await db.concernReportSubmission.updateMany({
        where: { id: s.id, registeredAt: null, ...submissionInboxWhere(ctx) },
        data: { registeredAt: new Date(), registeredReportId: created.id },
      });
      if (marked.count !== 1) throw alreadyRegistered();
      await audit(db, ctx, {
        action: "concern-report.register", entityType: "ConcernReportSubmission", entityId: s.id, caseId: created.caseId,
        details: { reportId: created.id, fromOrgId: s.fromOrgId },
      });
      return created;
    });
  } catch (error) {
    // The report's idempotency key is the submission id: a racing second registration hits the unique index.
    if (isUniqueViolation(error)) throw alreadyRegistered();
    throw error;
  }
}

const alreadyRegistered = () => new ValidationError("Underretningen er allerede registreret.");
