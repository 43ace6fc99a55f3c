// CPR numbers for the generated mothers: unique, valid in form (date and
// century digit, even last digit: female) and never a demo person's (the demo
// serials have 9 as their second digit, these never do). Encrypted and
// blind-indexed by the app's own cpr-vault, because the ciphertext is
// AES-256-GCM made in Node (ADR 0005): PostgreSQL cannot produce it.
import { cprBlindIndex, encryptCpr } from "../../lib/persons/cpr-vault.ts";

const DAY = 86_400_000;
const FIRST = Date.UTC(1975, 0, 1);
const LAST = Date.UTC(2006, 11, 31);
const DAYS = Math.round((LAST - FIRST) / DAY) + 1;
const pad = (n, width = 2) => String(n).padStart(width, "0");

/** The n-th CPR (0-based): the birth day cycles, the serial counts up per day. */
export function syntheticCpr(n) {
  const date = new Date(FIRST + (n % DAYS) * DAY);
  const year = date.getUTCFullYear();
  const k = Math.floor(n / DAYS);
  // Century digit (danish-rules § 4.1): 0-3 for 1900-1999, 4-8 for 2000-2036.
  const centuryDigits = year < 2000 ? [0, 1, 2, 3] : [4, 5, 6, 7, 8];
  const rest = Math.floor(k / centuryDigits.length);
  if (rest >= 9 * 50) throw new RangeError("syntheticCpr: more CPR numbers than the pattern holds");
  const serial = `${centuryDigits[k % centuryDigits.length]}${rest % 9}${pad(2 * Math.floor(rest / 9))}`;
  const cpr = `${pad(date.getUTCDate())}${pad(date.getUTCMonth() + 1)}${pad(year % 100)}${serial}`;
  return { cpr, birthDate: date.toISOString().slice(0, 10) };
}

/** Rows for scale_cpr: n (1-based, = the mother's case number), ciphertext, blind index, birth date. */
export function* cprRows(count) {
  for (let n = 1; n <= count; n++) {
    const { cpr, birthDate } = syntheticCpr(n - 1);
    yield [n, encryptCpr(cpr), cprBlindIndex(cpr), birthDate];
  }
}
