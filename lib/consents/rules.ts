import type { CaseKind } from "@/lib/db/types";
import type { CONSENT_GIVERS } from "./schemas";

// Pure rules for consents, kept apart from the database so they are easy to test.

type Giver = (typeof CONSENT_GIVERS)[number];
const DAY_MS = 86_400_000;

/**
 * Who may consent (danish-rules.md § 2 "who gave it"): in a GRAVID case the
 * woman herself. In a BARN case the custody holder, or the child from 15. A
 * partner consents only for his own information, and case records are not
 * split by person, so his consent cannot open the woman's or the child's
 * case (ADR 0006). Returns a Danish error or null.
 */
export function checkGiver(kind: CaseKind, giver: Giver, birthDate: Date | null, now = new Date()): string | null {
  if (giver === "PARTNER") return "Partnerens samtykke dækker kun hans egne oplysninger og kan ikke give adgang til sagen";
  if (kind === "GRAVID") return giver === "MOTHER" ? null : "I en graviditetssag giver kvinden selv samtykke";
  if (giver === "MOTHER") return "I en børnesag giver forældremyndighedsindehaveren samtykke. Vælg det, hvis moderen har forældremyndigheden";
  if (giver === "CHILD_15_PLUS") {
    const fifteen = birthDate ? new Date(birthDate) : null;
    fifteen?.setUTCFullYear(fifteen.getUTCFullYear() + 15);
    if (!fifteen || fifteen > now) return "Barnet kan først selv give samtykke, når det er fyldt 15 år";
  }
  return null;
}

/** Start of a "YYYY-MM-DD" day in Danish time (CET/CEST, whole-hour offsets). */
function copenhagenDayStart(iso: string): Date {
  const noonUtc = new Date(`${iso}T12:00:00.000Z`);
  const local = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", hour: "2-digit", hourCycle: "h23" }).format(noonUtc);
  const offsetHours = Number(local) - 12;
  return new Date(new Date(`${iso}T00:00:00.000Z`).getTime() - offsetHours * 3_600_000);
}

export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(now);
}

/**
 * The period a consent covers: from now (or a given earlier day, for a
 * consent signed before it was registered) until the end of the given day,
 * by default one year on (the regional convention, B3.4).
 */
export function consentPeriod(validFrom: string | undefined, validUntil: string | undefined, now = new Date()):
  { from: Date; until: Date } | { error: string } {
  const from = !validFrom || validFrom === todayIso(now) ? now : copenhagenDayStart(validFrom);
  let until: Date;
  if (validUntil) {
    until = new Date(copenhagenDayStart(validUntil).getTime() + DAY_MS);
  } else {
    until = new Date(from);
    until.setUTCFullYear(until.getUTCFullYear() + 1);
  }
  if (until <= from) return { error: "Gyldig til skal ligge efter gyldig fra" };
  if (until <= now) return { error: "Samtykket er allerede udløbet. Gyldig til skal ligge i fremtiden" };
  return { from, until };
}
