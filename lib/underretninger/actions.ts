import "server-only";
import { ownDeadlineWhere } from "@/lib/access/own-records";
import type { z } from "@/lib/validation/zod";
import type { AccessContext } from "@/lib/access/context";
import { NotFoundError } from "@/lib/access/errors";
import { requirePermission } from "@/lib/access/policy";
import { reportTriageWhere } from "@/lib/access/reports";
import { ValidationError } from "@/lib/actions/result";
import type { AuditAction } from "@/lib/audit/actions";
import { audit } from "@/lib/audit/write";
import { withAccess, type Db } from "@/lib/db";
import { startCaseClocks } from "@/lib/deadlines/start";
import { RULE_24H, RULE_RECEIPT } from "./clocks";
import { colleaguesWith } from "@/lib/orgs/colleagues";
import type { assessReportSchema, assignReportSchema, feedbackSchema, outcomeSchema, ReceiptChannel } from "./schemas";

// Triage of a received underretning. Every action first finds the report
// among those the organisation received: anything else is NotFoundError, so
// an outsider learns nothing and changes nothing. Then the role is checked.



type Triaged = {
  id: string; caseId: string; receivedAt: Date; reporterKind: string; reporterName: string | null; assessedAt: Date | null; receiptSentAt: Date | null;
};

async function triage(ctx: AccessContext, reportId: string, action: AuditAction, fn: (db: Db, report: Triaged) => Promise<object>) {
  await withAccess(ctx, async (db) => {
    const report = await db.concernReport.findFirst({
      where: { id: reportId, ...reportTriageWhere(ctx) },
      select: { id: true, caseId: true, receivedAt: true, reporterKind: true, reporterName: true, assessedAt: true, receiptSentAt: true },
    });
    if (!report) throw new NotFoundError("concern report");
    requirePermission(ctx, "concern-report:triage");
    const details = await fn(db, report);
    await audit(db, ctx, { action, entityType: "ConcernReport", entityId: report.id, caseId: report.caseId, details: { ...details } });
  });
}

/** Marks the report's clock for `ruleId` met; the database closes its task with it (ADR 0016). */
async function meetClock(db: Db, ctx: AccessContext, reportId: string, ruleId: string, at: Date): Promise<void> {
  const deadlines = await db.deadline.findMany({
    where: { sourceId: reportId, ruleId, ...ownDeadlineWhere(ctx), status: "OPEN" },
    select: { id: true },
  });
  const ids = deadlines.map((d) => d.id);
  if (ids.length === 0) return;
  await db.deadline.updateMany({ where: { id: { in: ids } }, data: { status: "MET", metAt: at } });
}

/** The 24-hour assessment (BL § 136): acute or not, why, by whom, when. */
export async function assessReport(ctx: AccessContext, input: z.output<typeof assessReportSchema>): Promise<void> {
  await triage(ctx, input.reportId, "concern-report.assess", async (db, report) => {
    if (report.assessedAt) throw new ValidationError("Vurderingen er allerede registreret.");
    const at = new Date();
    await db.concernReport.update({
      where: { id: report.id },
      data: { assessedAt: at, assessedByName: ctx.userName, acute: input.acute, assessmentReasons: input.reasons },
    });
    await meetClock(db, ctx, report.id, RULE_24H, at);
    return { acute: input.acute };
  });
}

/** The kvittering was sent to the named reporter: the 6-working-day clock is met. */
export async function markReceiptSent(ctx: AccessContext, reportId: string, channel: ReceiptChannel = "BREV"): Promise<void> {
  await triage(ctx, reportId, "concern-report.receipt", async (db, report) => {
    if (report.reporterKind === "ANONYM" || !report.reporterName) {
      throw new ValidationError("En anonym underretter kan ikke få kvittering.");
    }
    if (report.receiptSentAt) throw new ValidationError("Kvitteringen er allerede markeret som sendt.");
    const at = new Date();
    await db.concernReport.update({ where: { id: report.id }, data: { receiptSentAt: at, receiptSentByName: ctx.userName, receiptChannel: channel } });
    await meetClock(db, ctx, report.id, RULE_RECEIPT, at);
    return { channel };
  });
}

/** What the report led to. It may be corrected later; each change is audited. */
export async function recordOutcome(ctx: AccessContext, input: z.output<typeof outcomeSchema>): Promise<void> {
  await triage(ctx, input.reportId, "concern-report.outcome", async (db, report) => {
    await db.concernReport.update({ where: { id: report.id }, data: { outcome: input.outcome, outcomeAt: new Date() } });
    // A BFU starts its 4-month clock, counted from when the kommune learnt
    // of the concern: the report's receipt (BL § 20, stk. 3; rules.ts row 8).
    const clocks = input.outcome === "BOERNEFAGLIG_UNDERSOEGELSE"
      ? await startCaseClocks(db, ctx, {
        caseId: report.caseId, event: { trigger: "BFU_DECIDED", awareAt: report.receivedAt },
        category: "SOCIALE_FORHOLD", source: { type: "ConcernReport", id: report.id },
      })
      : [];
    return { outcome: input.outcome, clocksStarted: clocks.length };
  });
}

/**
 * Feedback to a professional reporter: whether an afdækning, undersøgelse or
 * indsats was started (BL §§ 136-137). Private and anonymous reporters have
 * no such right, so the action refuses them.
 */
export async function recordFeedback(ctx: AccessContext, input: z.output<typeof feedbackSchema>): Promise<void> {
  await triage(ctx, input.reportId, "concern-report.feedback", async (db, report) => {
    if (report.reporterKind !== "FAGPERSON") throw new ValidationError("Kun en fagperson som underretter får tilbagemelding.");
    await db.concernReport.update({ where: { id: report.id }, data: { feedbackAt: new Date(), feedbackActionStarted: input.actionStarted } });
    return { actionStarted: input.actionStarted };
  });
}

/** Colleagues a report can be handed to: members of the receiving organisation who triage reports. */
export function reportAssignees(db: Db, ctx: AccessContext): Promise<{ id: string; name: string }[]> {
  return colleaguesWith(db, ctx, "concern-report:triage");
}

/** "Tildel" / "Tag underretningen": a colleague who triages reports, or nobody; the audit log keeps the history. */
export async function assignReport(ctx: AccessContext, input: z.output<typeof assignReportSchema>): Promise<void> {
  await triage(ctx, input.reportId, "concern-report.assign", async (db) => {
    const userId = input.userId || null;
    const assignee = userId ? (await reportAssignees(db, ctx)).find((c) => c.id === userId) : null;
    if (userId && !assignee) {
      throw new ValidationError("Underretningen kan kun tildeles en kollega i din organisation, der behandler underretninger.", { userId: ["Vælg en kollega fra listen"] });
    }
    await db.concernReport.update({ where: { id: input.reportId }, data: { assigneeUserId: userId } });
    return { to: assignee?.name ?? null };
  });
}
