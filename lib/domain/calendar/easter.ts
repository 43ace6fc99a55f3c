import { formatDay, type CivilDay } from "./civil";

/**
 * Easter Sunday (Gregorian calendar) by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher). Danish movable holidays are all offsets from it, so
 * computing it beats a hard-coded table that silently runs out.
 */
export function easterSunday(year: number): CivilDay {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Unsupported year for the Gregorian Easter computation: ${year}`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatDay(year, month, day);
}
