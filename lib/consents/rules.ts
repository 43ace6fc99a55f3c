import type { CaseKind } from "@/lib/db/types";
import { addCalendarMonths, atCopenhagen, copenhagenDay, shiftDay } from "@/lib/domain/calendar";
import type { CONSENT_GIVERS } from "./labels";

// Pure rules for consents, kept apart from the database so they are easy to test.

type Giver = (typeof CONSENT_GIVERS)[number];

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

/**
 * Start of a "YYYY-MM-DD" day in Danish time. Goes through the calendar
 * module, so the day's own UTC offset is used (on a DST day midnight and noon
 * have different offsets).
 */
function copenhagenDayStart(iso: string): Date {
  return atCopenhagen(iso);
}

/**
 * The last day a consent covers, for display ("til og med"). validUntil is
 * stored as the start of the day after the last valid day, so the last valid
 * day is the Copenhagen day of the instant just before it.
 */
export function lastValidDay(validUntil: Date): string {
  return copenhagenDay(new Date(validUntil.getTime() - 1));
}

/** Today's Copenhagen day, "YYYY-MM-DD". */
export function todayIso(now = new Date()): string {
  return copenhagenDay(now);
}

/**
 * The period a consent covers: from now (or a given earlier day, for a
 * consent signed before it was registered) until the end of the given day,
 * by default the end of the day one year on (the regional convention, B3.4),
 * all in Copenhagen days. From today until today is one day's consent.
 */
export function consentPeriod(validFrom: string | undefined, validUntil: string | undefined, now = new Date()):
  { from: Date; until: Date } | { error: string } {
  const from = !validFrom || validFrom === todayIso(now) ? now : copenhagenDayStart(validFrom);
  const lastDay = validUntil ?? copenhagenDay(addCalendarMonths(from, 12));
  const until = copenhagenDayStart(shiftDay(lastDay, 1));
  if (until <= from) return { error: "Gyldig til kan ikke ligge før gyldig fra" };
  if (until <= now) return { error: "Samtykket er allerede udløbet. Gyldig til skal ligge i fremtiden" };
  return { from, until };
}
