import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";
import { isIsoDay } from "@/lib/validation/iso-day";
import { cprErrorMessage, normalizeCpr, parseCpr } from "@/lib/domain/cpr";
import { copenhagenDay } from "@/lib/domain/calendar";

// Who the person is when her CPR may be unknown ("CPR ukendt"): a phone
// caller often knows a name and where she lives, not her CPR. The same
// fields and rules in "Ny sag" and the underretning intake, in the browser
// and in the server action (ADR 0017).

const optionalText = (max: number, label: string) =>
  text().trim().max(max, `${label} må højst have ${max} tegn`).optional().default("");

/** "YYYY-MM-DD" from <input type="date">, or empty. */
const optionalIsoDate = text()
  .trim()
  .optional()
  .default("")
  .refine((v) => v === "" || isIsoDay(v), "Skriv datoen som dd.mm.åååå");

export const identityFields = {
  /** The checkbox "CPR ukendt": the CPR field is hidden and not required. */
  cprUnknown: z.boolean().optional().default(false),
  cpr: text().trim().max(20, cprErrorMessage("FORMAT")).optional().default(""),
  birthDate: optionalIsoDate,
  address: optionalText(300, "Adressen"),
  description: optionalText(2000, "Beskrivelsen"),
};

type IdentityValues = { cprUnknown: boolean; cpr: string; birthDate: string; address: string; description: string };

/** What is missing when the CPR is unknown: named in the message, so she knows what to add. */
export const IDENTITY_MISSING_MESSAGE =
  "Når CPR-nummeret er ukendt, skal du udfylde mindst én af: fødselsdato, termin, adresse eller beskrivelse af, hvem hun er";

/**
 * The identity rule, for a form's superRefine: with a CPR, a valid CPR; without
 * one, at least one thing to recognise her by. `termin` is the form's own
 * termin field (it counts as such a thing).
 */
export function checkIdentity(v: IdentityValues & { termin?: string | null }, ctx: z.RefinementCtx, now = new Date()): void {
  if (!v.cprUnknown) {
    const parsed = parseCpr(v.cpr, { now });
    if (!parsed.ok) ctx.addIssue({ code: "custom", path: ["cpr"], message: cprErrorMessage(parsed.error) });
    return;
  }
  if (v.birthDate && (v.birthDate > copenhagenDay(now) || v.birthDate < "1900-01-01")) {
    ctx.addIssue({ code: "custom", path: ["birthDate"], message: "Fødselsdatoen skal ligge mellem 1900 og i dag" });
  }
  if (!v.birthDate && !v.termin && !v.address && !v.description) {
    ctx.addIssue({ code: "custom", path: ["cprUnknown"], message: IDENTITY_MISSING_MESSAGE });
  }
}

/** The identity as the server stores it: a CPR, or null and what she is recognised by. */
export type Identity = { cpr: string | null; birthDate?: string | null; address?: string | null; description?: string | null };

/** After checkIdentity: drops what the form hid (the CPR, or the fields shown only without one). */
export function identityOf(v: IdentityValues): Identity {
  if (!v.cprUnknown) return { cpr: normalizeCpr(v.cpr), birthDate: null, address: null, description: null };
  return { cpr: null, birthDate: v.birthDate || null, address: v.address || null, description: v.description || null };
}
