import type { CalendarOptions } from "@/lib/domain/calendar";
import { deadlineStatus, deadlineStatusLabel, isMetLate, timeLeftLabel, type DeadlineStatus } from "@/lib/domain/deadlines";
import { formatDateTime } from "@/lib/format";

const STYLE: Record<DeadlineStatus, string> = {
  OVERDUE: "border-red-700 bg-red-50 text-red-800",
  DUE_SOON: "border-amber-600 bg-amber-50 text-amber-900",
  OPEN: "border-slate-400 bg-slate-50 text-slate-800",
  MET: "border-green-700 bg-green-50 text-green-900",
};

export type ClockData = { dueAt: Date; metAt: Date | null };

/**
 * One statutory clock as text: status word plus time left or when it was met.
 * Colour only repeats the word (WCAG 1.4.1), so "Overskredet" is always written.
 */
export function Clock({ clock, now, calendar, showDue = false }: { clock: ClockData; now: Date; calendar: CalendarOptions; showDue?: boolean }) {
  const status = deadlineStatus(clock.dueAt, clock.metAt, now, calendar);
  // "2 timer tilbage" alone is hard to plan by: where no other line says when, the absolute time goes with it.
  const detail = clock.metAt
    ? `${formatDateTime(clock.metAt)}${isMetLate(clock.dueAt, clock.metAt) ? " (for sent)" : ""}`
    : `${timeLeftLabel(clock.dueAt, now, calendar)}${showDue ? ` · senest ${formatDateTime(clock.dueAt)}` : ""}`;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <span className={`rounded border px-1.5 py-0.5 text-sm font-semibold ${STYLE[status]}`}>{deadlineStatusLabel(status)}</span>
      <span className={`text-sm ${status === "OVERDUE" ? "font-medium text-red-800" : "text-slate-700"}`}>{detail}</span>
    </span>
  );
}

/** The clock for a rule, or why the report has none (an anonymous reporter gets no kvittering). */
export function ClockOrNone<C extends ClockData & { ruleId: string }>({
  clocks,
  ruleId,
  none,
  now,
  calendar,
}: {
  clocks: C[];
  ruleId: string;
  none: string;
  now: Date;
  calendar: CalendarOptions;
}) {
  const clock = clocks.find((c) => c.ruleId === ruleId);
  return clock ? <Clock clock={clock} now={now} calendar={calendar} showDue /> : <span className="text-sm text-slate-600">{none}</span>;
}

export { RULE_24H, RULE_RECEIPT } from "@/lib/underretninger/clocks";
