import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { ownDeadlineWhere } from "@/lib/access/own-records";
import { audit } from "@/lib/audit/write";
import type { Db, InfoCategory } from "@/lib/db/types";
import { computeDeadlines, ownsClock, type CaseEvent } from "@/lib/domain/deadlines";
import { ownOrg } from "@/lib/orgs/org";
import { taskFromRule } from "@/lib/tasks/from-rules";

// A case event starts the clocks the rule table ties to it (issue 9 item 4):
// one Deadline per rule the acting organisation owns, each with its legal
// reference, and a task for every DUE clock (meeting the deadline closes it,
// ADR 0016). Runs in the caller's transaction, as the acting organisation:
// a clock is the record of the organisation whose duty it is.

export type ClockStart = {
  caseId: string;
  event: CaseEvent;
  /** Who may see the clock: a partner sees it under a basis covering this category. */
  category: InfoCategory;
  /** The record the event came from (a report, the case), if any. */
  source?: { type: string; id: string };
};

/** The ids of the clocks started. A clock of a rule already running on the case is not started twice. */
export async function startCaseClocks(db: Db, ctx: AccessContext, start: ClockStart): Promise<string[]> {
  const org = await ownOrg(db, ctx);
  // Only the acting organisation's own clocks are kept, so its settings are the owner's settings.
  const computed = computeDeadlines(start.event, { calendar: org.calendar, orgSettings: org.deadlineSettings }).filter((d) => ownsClock(org.type, d.owner));
  if (computed.length === 0) return [];
  // E.g. the BFU clock runs from awareness whichever event starts it (rules.ts row 8): keep the running one.
  const running = await db.deadline.findMany({
    where: { caseId: start.caseId, ...ownDeadlineWhere(ctx), ruleId: { in: computed.map((d) => d.ruleId) }, status: "OPEN" },
    select: { ruleId: true },
  });
  const fresh = computed.filter((d) => !running.some((r) => r.ruleId === d.ruleId));
  const ids: string[] = [];
  for (const rule of fresh) {
    // A rule may fix its own category (a meeting clock is MOEDER whatever started it).
    const category = rule.category ?? start.category;
    const deadline = await db.deadline.create({
      data: {
        caseId: start.caseId, orgId: ctx.orgId, ruleId: rule.ruleId, label: rule.label, legalReference: rule.legalReference,
        kind: rule.kind, category, dueAt: rule.dueAt, sourceType: start.source?.type, sourceId: start.source?.id,
      },
      select: { id: true },
    });
    ids.push(deadline.id);
    // An EARLIEST date is a limit, not a duty: nothing to do by it.
    if (rule.kind === "DUE") {
      await db.task.create({
        data: taskFromRule(rule, { caseId: start.caseId, orgId: ctx.orgId, category }, { kind: "DEADLINE", id: deadline.id }),
        select: { id: true },
      });
    }
  }
  if (ids.length > 0) {
    await audit(db, ctx, {
      action: "deadline.create", entityType: "CaseFile", entityId: start.caseId, caseId: start.caseId,
      details: { trigger: start.event.trigger, rules: fresh.map((d) => d.ruleId) },
    });
  }
  return ids;
}
