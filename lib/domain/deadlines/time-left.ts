import { workingDaysBetween, type CalendarOptions } from "@/lib/domain/calendar";

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Danish "tid tilbage" text for a deadline, e.g. "2 timer tilbage",
 * "3 hverdage tilbage", "Overskredet med 5 timer".
 *
 * - Under 1 hour: minutes; under 24 hours: whole hours (rounded down, so
 *   the text never promises more time than there is).
 * - Remaining 24 hours or more: working days (workingDaysBetween), because
 *   that is the time caseworkers actually have. If none remain (e.g. due on
 *   a Sunday, asked on Friday), calendar days: "2 dage tilbage".
 * - Overdue by 24 hours or more: whole 24-hour days ("Overskredet med 3 dage").
 *   Calendar, not working, days: being late over a weekend is still late.
 *   Under a minute late still reads "1 minut", never "0 minutter".
 */
export function timeLeftLabel(dueAt: Date, now: Date, options: CalendarOptions = {}): string {
  const diff = dueAt.getTime() - now.getTime();
  if (diff >= 0) {
    if (diff < HOUR_MS) return `${plural(Math.floor(diff / MINUTE_MS), "minut", "minutter")} tilbage`;
    if (diff < DAY_MS) return `${plural(Math.floor(diff / HOUR_MS), "time", "timer")} tilbage`;
    const workingDays = workingDaysBetween(now, dueAt, options);
    if (workingDays > 0) return `${plural(workingDays, "hverdag", "hverdage")} tilbage`;
    return `${plural(Math.floor(diff / DAY_MS), "dag", "dage")} tilbage`;
  }
  const late = -diff;
  if (late < HOUR_MS)
    return `Overskredet med ${plural(Math.max(1, Math.floor(late / MINUTE_MS)), "minut", "minutter")}`;
  if (late < DAY_MS) return `Overskredet med ${plural(Math.floor(late / HOUR_MS), "time", "timer")}`;
  return `Overskredet med ${plural(Math.floor(late / DAY_MS), "dag", "dage")}`;
}
