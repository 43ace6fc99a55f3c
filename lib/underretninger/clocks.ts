import type { CalendarOptions } from "@/lib/domain/calendar";
import { computeDeadlines } from "@/lib/domain/deadlines";
import { taskFromRule } from "@/lib/tasks/from-rules";

// The rows an underretning's statutory clocks become: one Deadline and one
// Task per rule. Pure (no I/O, no server-only), so the seed builds the same rows.

/** The ids of the two statutory clocks an underretning starts (lib/domain/deadlines/rules.ts). */
export const RULE_24H = "underretning-24t";
export const RULE_RECEIPT = "kvittering-6-hverdage";

export type ClockSource = { reportId: string; caseId: string; orgId: string; receivedAt: Date; reporterNamed: boolean };

export function reportClocks(source: ClockSource, calendar: CalendarOptions = {}) {
  const computed = computeDeadlines(
    { trigger: "CONCERN_REPORT_RECEIVED", receivedAt: source.receivedAt, reporterNamed: source.reporterNamed },
    { calendar },
  );
  return computed.map((rule) => ({
    deadline: {
      caseId: source.caseId, orgId: source.orgId, ruleId: rule.ruleId, label: rule.label, legalReference: rule.legalReference,
      kind: rule.kind, category: "UNDERRETNING" as const, dueAt: rule.dueAt, sourceType: "ConcernReport", sourceId: source.reportId,
    },
    /** The task for the deadline row with this id: meeting the deadline closes it (ADR 0016). */
    task: (deadlineId: string) =>
      taskFromRule(rule, { caseId: source.caseId, orgId: source.orgId, category: "UNDERRETNING" }, { kind: "DEADLINE", id: deadlineId }),
  }));
}
