// "YYYY-MM-DD" as <input type="date"> sends it, and a day that exists: a
// pattern alone lets 2026-13-01 or 2026-02-30 through to `new Date`, which
// makes an Invalid Date and the database write fails (ADR 0031). The years
// are those a person, a termin or a deadline in a case file can have.
// No zod here: client forms call it too.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, date));
  return year >= 1900 && year <= 2200 && d.getUTCMonth() === month - 1 && d.getUTCDate() === date;
}
