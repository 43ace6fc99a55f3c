import { TZDate } from "@date-fns/tz";
import { formatDay, parseDay, type CivilDay } from "./civil";

/**
 * Every deadline is about a Copenhagen calendar day and wall-clock time,
 * whatever TZ the server (or a test machine) runs in. This file is the only
 * place that converts between JS instants and Copenhagen days/times.
 */
export const COPENHAGEN = "Europe/Copenhagen";

export type WallClock = { hours: number; minutes: number; seconds: number; ms: number };

export function assertValidDate(date: Date, what = "date"): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`Invalid ${what}`);
  }
}

/** The instant as a TZDate whose getters (getDate, getHours, …) read Copenhagen time. */
export function inCopenhagen(date: Date): TZDate {
  assertValidDate(date);
  return new TZDate(date.getTime(), COPENHAGEN);
}

/** The Copenhagen calendar day ("YYYY-MM-DD") that contains the instant. */
export function copenhagenDay(date: Date): CivilDay {
  const d = inCopenhagen(date);
  return formatDay(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export function wallClockOf(date: Date): WallClock {
  const d = inCopenhagen(date);
  return { hours: d.getHours(), minutes: d.getMinutes(), seconds: d.getSeconds(), ms: d.getMilliseconds() };
}

/**
 * The instant at the given Copenhagen day and wall-clock time. A wall time
 * that does not exist (the skipped hour on the last Sunday of March) is
 * resolved by TZDate; working days are never Sundays, so working-day results
 * are always exact.
 */
export function atCopenhagen(day: CivilDay, wall: Partial<WallClock> = {}): Date {
  const p = parseDay(day);
  const tz = new TZDate(
    p.year,
    p.month - 1,
    p.day,
    wall.hours ?? 0,
    wall.minutes ?? 0,
    wall.seconds ?? 0,
    wall.ms ?? 0,
    COPENHAGEN,
  );
  return new Date(tz.getTime());
}

/** Convenience for seeds and tests: month is 1-12, time is Copenhagen wall clock. */
export function copenhagenTime(year: number, month: number, day: number, hours = 0, minutes = 0): Date {
  return atCopenhagen(formatDay(year, month, day), { hours, minutes });
}
