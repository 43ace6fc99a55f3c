import { shiftDay, type CivilDay } from "./civil";
import { isWorkingDay, type CalendarOptions } from "./holidays";
import { assertValidDate, atCopenhagen, copenhagenDay, wallClockOf } from "./zone";

/**
 * The instant `n` Danish working days (hverdage) after `start`, at the same
 * Copenhagen wall-clock time as `start`.
 *
 * The start day itself never counts: day 1 is the first working day *after*
 * the start day. When `start` falls on a weekend or holiday, counting
 * therefore starts from the next working day, which is day 1. Example: an
 * underretning received Saturday 10:00 has "1 working day" at Monday 10:00.
 * This is the stricter of the two readings (the other treats the Saturday
 * letter as received Monday, which would push every deadline a day later);
 * a tracker should warn early rather than late.
 *
 * n = 0 returns `start` unchanged. Negative or fractional n is a programming
 * error and throws, since no rule counts working days backwards.
 *
 * The time of day is re-applied to the target day rather than carried through
 * day-by-day stepping, so a DST Sunday in between cannot shift it. The target
 * is always a weekday, and Danish DST changes happen on Sundays, so the wall
 * time always exists.
 */
export function addWorkingDays(start: Date, n: number, options: CalendarOptions = {}): Date {
  assertValidDate(start, "start");
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (n === 0) return new Date(start.getTime());

  let day: CivilDay = copenhagenDay(start);
  let counted = 0;
  while (counted < n) {
    day = shiftDay(day, 1);
    if (isWorkingDay(day, options)) counted++;
  }
  return atCopenhagen(day, wallClockOf(start));
}

/**
 * Working days in the Copenhagen days after `from`'s day up to and including
 * `to`'s day; time of day is ignored. Negative when `to` is before `from`.
 * It is the inverse of addWorkingDays:
 * workingDaysBetween(s, addWorkingDays(s, n)) === n.
 */
export function workingDaysBetween(from: Date, to: Date, options: CalendarOptions = {}): number {
  assertValidDate(from, "from");
  assertValidDate(to, "to");
  const fromDay = copenhagenDay(from);
  const toDay = copenhagenDay(to);
  if (fromDay === toDay) return 0;
  const [low, high, sign] = fromDay < toDay ? [fromDay, toDay, 1] : [toDay, fromDay, -1];
  let count = 0;
  for (let day = shiftDay(low, 1); day <= high; day = shiftDay(day, 1)) {
    if (isWorkingDay(day, options)) count++;
  }
  return sign * count;
}

/**
 * For the UI's "tid tilbage": whole working days from now until the due
 * day (0 once the due instant has passed or it is due today).
 */
export function workingDaysLeft(now: Date, due: Date, options: CalendarOptions = {}): number {
  if (due.getTime() <= now.getTime()) return 0;
  return workingDaysBetween(now, due, options);
}
