import { customPeriod, lastDateOf, lastDayOf, type Period } from "@/lib/domain/dashboard/period";
import { formatDate } from "@/lib/format";
import { isIsoDay } from "@/lib/validation/iso-day";
import { text } from "@/lib/validation/text";
import { z } from "@/lib/validation/zod";
import { DASHBOARD_CLOCKS, EXPIRY_WINDOW_DAYS, MAX_STUCK_DAYS } from "./constants";

/** The "stuck in stage" threshold in days, from a URL. */
export const stuckDaysSchema = z.coerce.number().int().min(1).max(MAX_STUCK_DAYS);

// The overview's drill-downs (issue 12, ADR 0029): a count links to the
// ordinary case list with these URL parameters; lib/dashboard/drill.ts turns
// them into SQL. Free of server code: the case list's schema is also read by
// client forms.

export const CLOCK_OUTCOMES = ["due", "met", "missed", "pending"] as const;
export type ClockOutcome = (typeof CLOCK_OUTCOMES)[number];

const RULE_IDS = DASHBOARD_CLOCKS.map((c) => c.ruleId) as [string, ...string[]];
const day = text().refine(isIsoDay);

export const drillParamsSchema = z.object({
  clock: z.enum(RULE_IDS).optional().catch(undefined),
  outcome: z.enum(CLOCK_OUTCOMES).optional().catch(undefined),
  reports: z.literal("received").optional().catch(undefined),
  consent: z.enum(["expiring", "withdrawn"]).optional().catch(undefined),
  /** Active cases where a participating organisation holds no live sharing basis. */
  basis: z.literal("missing").optional().catch(undefined),
  /** Pregnancy cases opened in the period (expected vs found). */
  opened: z.literal("gravid").optional().catch(undefined),
  /** Active (not closed, not merged): the per-caseworker totals. */
  active: z.literal("1").optional().catch(undefined),
  /** In the current stage at least this many days. */
  stuckDays: stuckDaysSchema.optional().catch(undefined),
  /** The period, both days included (as the overview shows it). */
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
});

export type DrillParams = z.infer<typeof drillParamsSchema>;
export const DRILL_KEYS = Object.keys(drillParamsSchema.shape) as (keyof DrillParams)[];

/** The period of a drill-down, or null (then a period figure narrows to nothing: a broken link shows no case rather than all). */
export function drillPeriod(p: DrillParams): Period | null {
  const parsed = customPeriod(p.from, p.to);
  return parsed.ok ? parsed.period : null;
}

/** The URL parameters of a period: both days included. */
export function periodParams(period: Period): { from: string; to: string } {
  return { from: period.firstDay, to: lastDayOf(period) };
}

export function isDrillDown(p: DrillParams): boolean {
  return Boolean(p.clock || p.reports || p.consent || p.basis || p.opened || p.active || p.stuckDays);
}

/** A drill-down counts the organisation's own caseload, except clocks and reports: those are its own wherever the case is. */
export function drillIsResponsibleOnly(p: DrillParams): boolean {
  return Boolean(p.consent || p.basis || p.opened || p.active || p.stuckDays);
}

const OUTCOME_WORDS: Record<ClockOutcome, string> = {
  due: "med forfald", met: "nået til tiden", missed: "overskredet", pending: "ikke forfaldet endnu",
};

/** What the list shows, in Danish, for the banner above it. */
export function describeDrill(p: DrillParams): string {
  const period = drillPeriod(p);
  const span = period ? ` ${formatDate(period.from)}–${formatDate(lastDateOf(period))}` : "";
  const parts: string[] = [];
  if (p.clock) {
    const label = DASHBOARD_CLOCKS.find((c) => c.ruleId === p.clock)?.label ?? p.clock;
    parts.push(`med fristen "${label}" ${OUTCOME_WORDS[p.outcome ?? "due"]} (forfald${span})`);
  }
  if (p.reports) parts.push(`med underretning modtaget${span}`);
  if (p.consent === "expiring") parts.push(`med samtykke, der udløber inden for ${EXPIRY_WINDOW_DAYS} dage`);
  if (p.consent === "withdrawn") parts.push(`med samtykke tilbagekaldt${span}`);
  if (p.opened) parts.push(`graviditetssager oprettet${span}`);
  if (p.basis) parts.push("hvor en deltagende organisation ikke har noget gyldigt grundlag for at se oplysninger");
  if (p.stuckDays) parts.push(`aktive og i samme fase i mindst ${p.stuckDays} dage`);
  else if (p.active) parts.push("aktive");
  return parts.join(", ");
}
