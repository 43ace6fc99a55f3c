import { addMonths } from "date-fns";
import { shiftDay } from "./civil";
import { assertValidDate, atCopenhagen, copenhagenDay, inCopenhagen, wallClockOf } from "./zone";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Elapsed hours, in plain milliseconds. "Within 24 hours" (the underretning
 * rule) is 24 real hours, so across a DST change the Copenhagen wall clock
 * shows one hour more (March) or less (October) than the start time.
 */
export function addHours(start: Date, hours: number): Date {
  assertValidDate(start, "start");
  if (!Number.isFinite(hours)) throw new RangeError(`hours must be finite, got ${hours}`);
  return new Date(start.getTime() + hours * HOUR_MS);
}

/**
 * `n` calendar days later (or earlier) at the same Copenhagen wall-clock time
 * ("within 14 days", "30 days before expiry"). A day is a calendar day, not
 * 24 hours, so DST does not move the time of day.
 */
export function addCalendarDays(start: Date, n: number): Date {
  assertValidDate(start, "start");
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
  return atCopenhagen(shiftDay(copenhagenDay(start), n), wallClockOf(start));
}

/**
 * `n` calendar months later (negative n: earlier) in Copenhagen wall-clock
 * time ("4 months", "3 months", "termin minus 3 months"). date-fns clamps to
 * the last day of a shorter month: 31 May + 3 months = 31 August, but
 * 30 November + 3 months = 28/29 February.
 */
export function addCalendarMonths(start: Date, n: number): Date {
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
  return new Date(addMonths(inCopenhagen(start), n).getTime());
}
