import { copenhagenDay } from "@/lib/domain/calendar";
import { RULES } from "./rules";
import type { CaseEvent, ComputedDeadline, DeadlineContext, DeadlineRule, TriggerKind } from "./types";

export const allRules: readonly DeadlineRule[] = Object.freeze([...RULES]);

const byId = new Map(allRules.map((rule) => [rule.id, rule] as const));
if (byId.size !== allRules.length) throw new Error("Duplicate deadline rule id");

export function getRule(id: string): DeadlineRule | undefined {
  return byId.get(id);
}

export function ruleTriggers(rule: DeadlineRule): readonly TriggerKind[] {
  return typeof rule.trigger === "string" ? [rule.trigger] : rule.trigger;
}

/**
 * The instant that decides which rule version applies: the event's own
 * timestamp. TERMIN_SET and CONSENT_GIVEN carry only a future date, so they
 * use setAt/givenAt, then ctx.at, and only as a last resort that future date.
 */
export function eventDate(event: CaseEvent, ctx: DeadlineContext = {}): Date {
  switch (event.trigger) {
    case "CONCERN_REPORT_RECEIVED":
    case "ACCESS_REQUEST_RECEIVED":
      return event.receivedAt;
    case "BFU_DECIDED":
    case "KOMMUNE_AWARE":
      return event.awareAt;
    case "SUPPORT_DECIDED":
      return event.decidedAt;
    case "INTERVENTION_STARTED":
      return event.startedAt;
    case "TREATMENT_REQUESTED":
      return event.requestedAt;
    case "REFERRAL_TO_FAMILY_CLINIC":
      return event.referredAt;
    case "BIRTH_REGISTERED":
      return event.registeredAt;
    case "STATUTORY_BASIS_RECORDED":
      return event.recordedAt;
    case "TERMIN_SET":
      return event.setAt ?? ctx.at ?? event.termin;
    case "CONSENT_GIVEN":
      return event.givenAt ?? ctx.at ?? event.validUntil;
  }
}

/** validFrom/validTo are inclusive Copenhagen days; ISO strings compare as dates. */
export function isRuleInForce(rule: DeadlineRule, at: Date): boolean {
  const day = copenhagenDay(at);
  return rule.validFrom <= day && (rule.validTo === undefined || day <= rule.validTo);
}

/**
 * Every deadline the event starts: rules whose trigger matches, that were in
 * force on the event date, and that apply (compute did not return null).
 * Sorted by dueAt, then by table order.
 */
export function computeDeadlines(event: CaseEvent, ctx: DeadlineContext = {}): ComputedDeadline[] {
  const at = eventDate(event, ctx);
  const result: ComputedDeadline[] = [];
  for (const rule of allRules) {
    if (!ruleTriggers(rule).includes(event.trigger)) continue;
    if (!isRuleInForce(rule, at)) continue;
    const dueAt = rule.compute(event, ctx);
    if (dueAt === null) continue;
    if (Number.isNaN(dueAt.getTime())) throw new RangeError(`Rule ${rule.id} computed an invalid date`);
    result.push({
      ruleId: rule.id,
      label: rule.label,
      legalReference: rule.legalReference,
      ...(rule.previousReference !== undefined && { previousReference: rule.previousReference }),
      kind: rule.kind,
      owner: rule.owner,
      ...(rule.category !== undefined && { category: rule.category }),
      dueAt,
    });
  }
  // Array#sort is stable, so equal dates keep table order.
  return result.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
