import { copenhagenDay } from "@/lib/domain/calendar";

// Gestational age from the termin (40 weeks + 0 days on the termin day), as
// midwives write it: "uge 25+3". Whole Copenhagen days, so the week changes at
// local midnight, not at a UTC hour.

const DAY_MS = 86_400_000;
const TERM_DAYS = 280;

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** Completed weeks and days of the pregnancy on `now`, or null when it is outside 0-44 weeks (a wrong or passed termin). */
export function gestationalAge(termin: Date, now = new Date()): { weeks: number; days: number } | null {
  const daysToTermin = dayNumber(termin.toISOString().slice(0, 10)) - dayNumber(copenhagenDay(now));
  const age = TERM_DAYS - daysToTermin;
  if (age < 0 || age > 44 * 7) return null;
  return { weeks: Math.floor(age / 7), days: age % 7 };
}

/** "uge 25+3", or null (see gestationalAge). */
export function gestationalAgeLabel(termin: Date, now = new Date()): string | null {
  const age = gestationalAge(termin, now);
  return age ? `uge ${age.weeks}+${age.days}` : null;
}

/** From 10 weeks before the termin a birth is expected; earlier, registering one is the exception (a premature birth). */
export const BIRTH_EXPECTED_DAYS_BEFORE_TERMIN = 70;

/** Whether a birth is to be expected now: no termin known, or the termin is at most 10 weeks away (or passed). */
export function birthExpected(termin: Date | null, now = new Date()): boolean {
  if (!termin) return true;
  return dayNumber(termin.toISOString().slice(0, 10)) - dayNumber(copenhagenDay(now)) <= BIRTH_EXPECTED_DAYS_BEFORE_TERMIN;
}
