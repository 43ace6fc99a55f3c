/**
 * Civil (calendar) days as "YYYY-MM-DD" strings, with no time zone at all.
 *
 * Why strings: holidays and working days are properties of a *day*, not of an
 * instant. Doing the day arithmetic on plain dates (via the UTC methods, which
 * never observe the server's TZ or DST) keeps it independent of where the
 * code runs. Only zone.ts converts between days and instants.
 */

export type CivilDay = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatDay(year: number, month: number, day: number): CivilDay {
  const y = String(year).padStart(4, "0");
  return `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Parses "YYYY-MM-DD"; throws on anything that is not a real calendar day. */
export function parseDay(day: CivilDay): { year: number; month: number; day: number } {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Round-trip through Date.UTC to reject e.g. 2026-02-30.
  if (formatDay(year, month, date) !== fromUtc(Date.UTC(year, month - 1, date))) {
    throw new RangeError(`Not a calendar day: ${day}`);
  }
  return { year, month, day: date };
}

function fromUtc(ms: number): CivilDay {
  const d = new Date(ms);
  return formatDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The day `n` calendar days after `day` (negative n goes back). */
export function shiftDay(day: CivilDay, n: number): CivilDay {
  const p = parseDay(day);
  return fromUtc(Date.UTC(p.year, p.month - 1, p.day + n));
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function weekdayOf(day: CivilDay): number {
  const p = parseDay(day);
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}

/** A civil day as a DATE column's value (midnight UTC), and back: how Prisma reads and writes DATE. */
export function dayToDate(day: CivilDay): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function dateToDay(date: Date): CivilDay {
  return date.toISOString().slice(0, 10);
}
