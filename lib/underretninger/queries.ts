import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { NotFoundError } from "@/lib/access/errors";
import { can } from "@/lib/access/policy";
import { ownDeadlineWhere } from "@/lib/access/own-records";
import { reportTriageSql, reportTriageWhere, submissionSentWhere } from "@/lib/access/reports";
import { audit } from "@/lib/audit/write";
import { withAccess, type Db } from "@/lib/db";
import { decodeKeyset, pageOf } from "@/lib/db/keyset";
import { sql, type Sql } from "@/lib/db/sql";
import type { OrgScope } from "@/lib/access/org-scope";
import { orgDirectory, ownOrg } from "@/lib/orgs/org";
import { formatCaseNumber } from "@/lib/cases/case-number";
import { reportAssignees } from "./actions";
import type { QueueFilter } from "./queue-filter";

// Reads for underretninger, returning DTOs. The triage views are for the
// receiving organisation only; a reporting organisation gets the status view.

/** Reports per queue page; "Næste side" goes on from the last (lib/db/keyset.ts). */
export const QUEUE_LIMIT = 100;

export type Clock = { ruleId: string; label: string; legalReference: string; dueAt: Date; metAt: Date | null };

async function clocksOf(db: Db, ctx: AccessContext, reportIds: string[]): Promise<Map<string, Clock[]>> {
  const rows = await db.deadline.findMany({
    where: { sourceId: { in: reportIds }, ...ownDeadlineWhere(ctx), status: { not: "CANCELLED" } },
    orderBy: { dueAt: "asc" },
    select: { sourceId: true, ruleId: true, label: true, legalReference: true, dueAt: true, metAt: true },
  });
  const map = new Map<string, Clock[]>();
  for (const { sourceId, ...clock } of rows) if (sourceId) (map.get(sourceId) ?? map.set(sourceId, []).get(sourceId)!).push(clock);
  return map;
}

const subjectName = (s: { firstName: string; lastName: string }) => `${s.firstName} ${s.lastName}`;

type QueueKey = { id: string; nextDue: Date | null; receivedAt: Date };

/** Rows after the cursor in the queue's order: nearest open clock first (none last), then newest, then id. */
function afterQueueCursor(cursor: string | undefined): Sql {
  const key = decodeKeyset(cursor, ["date?", "date", "uuid"]);
  if (!key) return sql`true`;
  const [nextDue, receivedAt, id] = key as [Date | null, Date, string];
  const laterInGroup = sql`(q."receivedAt", q.id) < (${receivedAt}, ${id}::uuid)`;
  return nextDue === null
    ? sql`(q."nextDue" IS NULL AND ${laterInGroup})`
    : sql`(q."nextDue" > ${nextDue} OR q."nextDue" IS NULL OR (q."nextDue" = ${nextDue} AND ${laterInGroup}))`;
}

function queueFilterSql(ctx: AccessContext, filter: QueueFilter): Sql {
  switch (filter) {
    case "aabne": return sql`r.outcome IS NULL`;
    case "mine": return sql`r.outcome IS NULL AND r."assigneeUserId" = ${ctx.userId}::uuid`;
    case "behandlede": return sql`r.outcome IS NOT NULL`;
    case "alle": return sql`true`;
  }
}

export type QueueOptions = { cursor?: string; filter?: QueueFilter; limit?: number };

/** The triage queue: the organisation's reports in a view, nearest open clock first (ordered in SQL), a page at a time. */
export async function listQueue(scope: OrgScope, { cursor, filter = "aabne", limit = QUEUE_LIMIT }: QueueOptions = {}) {
  const { db, ctx } = scope;
  requireReader(ctx);
  const keys = await db.$queryRaw<QueueKey[]>`
    SELECT q.id::text AS id, q."nextDue", q."receivedAt" FROM (
      SELECT r.id, r."receivedAt",
             (SELECT min(d."dueAt") FROM "Deadline" d WHERE d."sourceId" = r.id AND d.status = 'OPEN') AS "nextDue"
      FROM "ConcernReport" r
      WHERE ${reportTriageSql(ctx)} AND ${queueFilterSql(ctx, filter)}
    ) q
    WHERE ${afterQueueCursor(cursor)}
    ORDER BY q."nextDue" ASC NULLS LAST, q."receivedAt" DESC, q.id DESC
    LIMIT ${limit + 1}`;
  const page = pageOf(keys, limit, (k) => [k.nextDue, k.receivedAt, k.id]);
  const order = page.rows;
  const ids = order.map((row) => row.id);
  const rows = await db.concernReport.findMany({
    where: { id: { in: ids }, ...reportTriageWhere(ctx) },
    select: {
      id: true, receivedAt: true, about: true, reporterKind: true, reporterName: true, reporterOrganisation: true,
      activeInterventionFlag: true, outcome: true, assigneeUserId: true,
      caseFile: { select: { subject: { select: { firstName: true, lastName: true, isUnborn: true, cprBlindIndex: true } } } },
    },
  });
  const clocks = await clocksOf(db, ctx, ids);
  const assignees = await reportAssignees(db, ctx);
  const { calendar } = scope.org;
  await audit(db, ctx, { action: "concern-report.list", details: { results: ids.length, filter } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    calendar,
    filter,
    nextCursor: page.nextCursor,
    reports: ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const { caseFile, assigneeUserId, ...rest } = row;
      // "Uden CPR" (ADR 0017): registered without her CPR, to be added later.
      const subjectWithoutCpr = !caseFile.subject.isUnborn && !caseFile.subject.cprBlindIndex;
      const assignee = assigneeUserId ? { name: assignees.find((a) => a.id === assigneeUserId)?.name ?? "Tidligere kollega", isMe: assigneeUserId === ctx.userId } : null;
      return [{ ...rest, assignee, subjectName: subjectName(caseFile.subject), subjectWithoutCpr, clocks: clocks.get(id) ?? [] }];
    }),
  };
}
export type QueueRow = Awaited<ReturnType<typeof listQueue>>["reports"][number];

/**
 * Reading a report's content needs case:read as well as being the receiving
 * organisation: an administrator manages the organisation, not citizens' cases.
 */
function requireReader(ctx: AccessContext): void {
  if (!can(ctx, "case:read")) throw new NotFoundError("concern report");
}

/** One report for its page. NotFoundError unless this organisation received it. */
export async function getReport(ctx: AccessContext, reportId: string) {
  requireReader(ctx);
  return withAccess(ctx, async (db) => {
    const row = await db.concernReport.findFirst({
      where: { id: reportId, ...reportTriageWhere(ctx) },
      select: {
        id: true, caseId: true, reporterOrgId: true, reporterKind: true, reporterName: true, reporterOrganisation: true,
        reporterProfession: true, reporterContact: true, channel: true, receivedAt: true, about: true, observations: true,
        termin: true, substances: true, exposure: true, womanInformed: true, copyGiven: true, publicEmployee: true,
        activeInterventionFlag: true, createdByName: true, createdAt: true, assessedAt: true, assessedByName: true, acute: true,
        assessmentReasons: true, receiptSentAt: true, receiptSentByName: true, receiptChannel: true, outcome: true, outcomeAt: true, feedbackAt: true,
        feedbackActionStarted: true, assigneeUserId: true, caseFile: { select: { subject: { select: { id: true, firstName: true, lastName: true } } } },
      },
    });
    if (!row) throw new NotFoundError("concern report");
    const clocks = await clocksOf(db, ctx, [row.id]);
    const canTriage = can(ctx, "concern-report:triage");
    const assignees = canTriage ? await reportAssignees(db, ctx) : [];
    const { calendar } = await ownOrg(db, ctx);
    await audit(db, ctx, {
      action: "concern-report.open", entityType: "ConcernReport", entityId: row.id, caseId: row.caseId, personId: row.caseFile.subject.id,
    });
    const { caseFile, ...rest } = row;
    return {
      ...rest,
      subjectName: subjectName(caseFile.subject),
      clocks: clocks.get(row.id) ?? [],
      calendar,
      canTriage,
      assignees,
    };
  });
}
export type ReportView = Awaited<ReturnType<typeof getReport>>;

/** The kvittering letter's content. NotFoundError for outsiders; null for an anonymous reporter. */
export type Receipt = Awaited<ReturnType<typeof getReceipt>>;

export async function getReceipt(ctx: AccessContext, reportId: string) {
  requireReader(ctx);
  return withAccess(ctx, async (db) => {
    const row = await db.concernReport.findFirst({
      where: { id: reportId, ...reportTriageWhere(ctx) },
      select: {
        id: true, caseId: true, reporterKind: true, reporterName: true, reporterOrganisation: true, reporterContact: true,
        receivedAt: true, receiptSentAt: true, receiptChannel: true, assigneeUserId: true, caseFile: { select: { caseNumber: true } },
      },
    });
    if (!row) throw new NotFoundError("concern report");
    await audit(db, ctx, { action: "concern-report.open", entityType: "ConcernReport", entityId: row.id, caseId: row.caseId, details: { view: "kvittering" } });
    // Signed by the colleague handling the report (issue 9 item 8), else by whoever produces the letter.
    const signer = await db.user.findFirst({ where: { id: row.assigneeUserId ?? ctx.userId }, select: { name: true, email: true } });
    const { caseFile, assigneeUserId: _assignee, ...rest } = row;
    return {
      ...rest, caseNumber: formatCaseNumber(caseFile.caseNumber), receivingOrgName: ctx.orgName,
      signedBy: signer ?? { name: ctx.userName, email: null },
      anonymous: row.reporterKind === "ANONYM" || !row.reporterName,
    };
  });
}

/**
 * "Underretninger fra din organisation": what a reporting organisation may
 * know about its own reports (BL §§ 136-137), and nothing about the case.
 * "Handling iværksat" is shown only once the kommune has given feedback.
 */
export async function listReporterStatus({ db, ctx }: OrgScope) {
  // Status columns only, through the database's own view of it: the report
  // row itself belongs to the receiving familieafdeling (RLS report_read).
  const rows = await db.$queryRaw<{ id: string; receivedAt: Date; receiptSentAt: Date | null; feedbackAt: Date | null; feedbackActionStarted: boolean | null }[]>`
    SELECT id::text AS id, "receivedAt", "receiptSentAt", "feedbackAt", "feedbackActionStarted" FROM app_reported_status()`;
  if (rows.length === 0) return [];
  // Whom each report is about as the organisation itself wrote it, and who
  // sent it: its own submissions (issue 9 item 6), never the kommune's record.
  const own = await db.concernReportSubmission.findMany({
    where: { ...submissionSentWhere(ctx), registeredReportId: { in: rows.map((r) => r.id) } },
    select: { registeredReportId: true, subjectFirstName: true, subjectLastName: true, fromUserName: true },
  });
  const wrote = new Map(own.map((s) => [s.registeredReportId, s]));
  await audit(db, ctx, { action: "concern-report.list", details: { view: "reporter-status", results: rows.length } });
  return rows.map((r) => {
    const own = wrote.get(r.id);
    return {
      id: r.id,
      about: own ? `${own.subjectFirstName} ${own.subjectLastName}` : null,
      sentBy: own?.fromUserName ?? null,
      receivedAt: r.receivedAt,
      receiptSent: !!r.receiptSentAt,
      actionStarted: r.feedbackAt ? r.feedbackActionStarted : null,
    };
  });
}
export type ReporterStatusRow = Awaited<ReturnType<typeof listReporterStatus>>[number];

/** What the intake form needs: other organisations for the reporter picker. */
export async function getIntakeOptions({ db, ctx }: OrgScope) {
  return { organisations: await orgDirectory(db, ctx) };
}
