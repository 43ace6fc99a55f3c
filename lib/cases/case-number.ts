// The sagsnummer: a case's non-identifying reference (issue "The caseworker's
// day", item 6). Stored as a number, shown as "SF-000123".

const PREFIX = "SF-";

export function formatCaseNumber(n: number): string {
  return `${PREFIX}${String(n).padStart(6, "0")}`;
}

/** A search for a sagsnummer: "SF-000123", "sf123" or a bare number; null for anything else (a name). */
export function parseCaseNumber(query: string): number | null {
  const match = /^(?:sf-?)?0*(\d{1,9})$/i.exec(query.trim());
  if (!match) return null;
  const n = Number(match[1]);
  return n > 0 ? n : null;
}
