import type { InfoCategory, Prisma, TaskSourceKind } from "@/lib/db/types";
import type { ComputedDeadline } from "@/lib/domain/deadlines";

// Tasks are made from the deadline rule table only: the rule gives the title
// and the due date (computed with the working-day calendar), the caller says
// which record the task comes from (ADR 0016). Pure, so the seed can use it.

export type TaskSource = { kind: TaskSourceKind; id: string };

export type TaskOwner = { caseId: string; orgId: string; category: InfoCategory; ownerUserId?: string };

export function taskFromRule(rule: ComputedDeadline, owner: TaskOwner, source: TaskSource): Prisma.TaskCreateManyInput {
  return { ...owner, title: rule.label, dueAt: rule.dueAt, sourceKind: source.kind, sourceId: source.id, rule: rule.ruleId };
}
