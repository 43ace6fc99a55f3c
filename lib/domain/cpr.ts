
/**
 * CPR numbers (danish-rules.md § 4.1): DDMMYY + 4-digit serial. Digit 7 and YY
 * decide the century, digit 10 the sex. Modulus 11 is only a warning: CPR has
 * issued numbers without a check digit since 1 Oct 2007, and those are valid.
 */

export type CprErrorCode = "FORMAT" | "DATE" | "CENTURY" | "FUTURE";

export type CprSex = "F" | "M";

export type ParsedCpr =
  | { ok: true; cpr: string; birthDate: string; sex: CprSex; modulus11Ok: boolean }
  | { ok: false; error: CprErrorCode };

export type CprParseOptions = {
  /** Injectable clock so the future-date rule is testable. */
  now?: Date;
};

const CPR_ERROR_MESSAGES: Record<CprErrorCode, string> = {
  FORMAT: "CPR-nummeret skal have 10 cifre",
  DATE: "CPR-nummerets dato findes ikke",
  CENTURY: "CPR-nummerets 7. ciffer passer ikke med fødselsåret",
  FUTURE: "CPR-nummerets fødselsdato ligger i fremtiden",
};

export const CPR_MOD11_WARNING =
  "CPR-nummeret består ikke modulus 11-kontrollen. Det kan være gyldigt (personnumre uden kontrolciffer findes siden 2007) – kontrollér nummeret.";

export function cprErrorMessage(code: CprErrorCode): string {
  return CPR_ERROR_MESSAGES[code];
}

/**
 * Strips whitespace (incl. no-break spaces from copy-paste) and the one dash
 * people write after DDMMYY. A dash anywhere else is left in place so the
 * value fails the 10-digit check instead of being silently "repaired".
 */
export function normalizeCpr(input: string): string {
  const compact = input.replace(/\s+/g, "");
  return compact.length === 11 && compact[6] === "-"
    ? compact.slice(0, 6) + compact.slice(7)
    : compact;
}

/**
 * Century table from danish-rules.md § 4.1, implemented exactly. It is total
 * for digits 0-9, so `null` (-> "CENTURY") is only a guard against non-digits.
 */
export function cprCentury(digit7: number, yy: number): number | null {
  if (!Number.isInteger(digit7) || !Number.isInteger(yy) || yy < 0 || yy > 99) return null;
  if (digit7 >= 0 && digit7 <= 3) return 1900;
  if (digit7 === 4 || digit7 === 9) return yy <= 36 ? 2000 : 1900;
  if (digit7 >= 5 && digit7 <= 8) return yy <= 57 ? 2000 : 1800;
  return null;
}

const MOD11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

/** Expects 10 digits; callers outside this module should use parseCpr. */
export function passesModulus11(cpr: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(cpr[i]) * MOD11_WEIGHTS[i]!;
  return sum % 11 === 0;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Date.UTC with day 0 of the next month gives the last day of `month`, and
  // handles the Gregorian leap rules (1900 not leap, 2000 leap).
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * "Today" as a calendar date in Denmark: a birth date is a Danish calendar
 * day, so comparing against UTC would misjudge the hour after midnight.
 */
function danishToday(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Copenhagen",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

const pad2 = (n: number) => String(n).padStart(2, "0");

export function parseCpr(input: string, options: CprParseOptions = {}): ParsedCpr {
  const cpr = normalizeCpr(input);
  if (!/^\d{10}$/.test(cpr)) return { ok: false, error: "FORMAT" };

  const day = Number(cpr.slice(0, 2));
  const month = Number(cpr.slice(2, 4));
  const yy = Number(cpr.slice(4, 6));
  const century = cprCentury(Number(cpr[6]), yy);
  if (century === null) return { ok: false, error: "CENTURY" };

  const year = century + yy;
  if (!isValidDate(year, month, day)) return { ok: false, error: "DATE" };

  const birthDate = `${year}-${pad2(month)}-${pad2(day)}`;
  // ISO dates compare correctly as strings; born today is allowed.
  if (birthDate > danishToday(options.now ?? new Date())) return { ok: false, error: "FUTURE" };

  return {
    ok: true,
    cpr,
    birthDate,
    sex: Number(cpr[9]) % 2 === 0 ? "F" : "M",
    modulus11Ok: passesModulus11(cpr),
  };
}

function requireTenDigits(cpr: string, fn: string): string {
  const normalized = normalizeCpr(cpr);
  // The message deliberately omits the value: it may be a CPR and end up in logs.
  if (!/^\d{10}$/.test(normalized)) throw new RangeError(`${fn}: expected a 10-digit CPR number`);
  return normalized;
}

/** "DDMMYY-XXXX": the birth date part is shown, the serial never is. */
export function maskCpr(cpr: string): string {
  return `${requireTenDigits(cpr, "maskCpr").slice(0, 6)}-XXXX`;
}

/** "DDMMYY-NNNN", the form staff read and type. */
export function formatCpr(cpr: string): string {
  const n = requireTenDigits(cpr, "formatCpr");
  return `${n.slice(0, 6)}-${n.slice(6)}`;
}
