import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";
import { isIsoDay } from "@/lib/validation/iso-day";
import { categorySchema, statutoryCodeSchema } from "@/lib/validation/enum-schemas";
import { CONSENT_DIRECTIONS, CONSENT_FORMS, CONSENT_GIVERS } from "./labels";

// One schema per form, shared by react-hook-form and the server action.

/** "YYYY-MM-DD" from <input type="date">, empty = the default. */
const optionalDate = text()
  .trim()
  .refine((v) => v === "" || isIsoDay(v), "Skriv datoen som dd.mm.åååå")
  .optional()
  .transform((v) => (v ? v : undefined));

export const recordConsentSchema = z
  .object({
    caseId: z.guid("Ukendt sag"),
    givenBy: z.enum(CONSENT_GIVERS, { error: "Vælg, hvem der giver samtykket" }),
    givenByName: text().trim().min(1, "Skriv navnet på den, der giver samtykket").max(200, "Navnet er for langt"),
    direction: z.enum(CONSENT_DIRECTIONS, { error: "Vælg retning" }),
    recipientOrgIds: z.array(z.guid("Ukendt organisation")).min(1, "Vælg mindst én organisation").max(30),
    categories: z.array(categorySchema).min(1, "Vælg mindst én oplysningskategori"),
    purpose: text().trim().min(1, "Skriv formålet med samtykket").max(2000, "Formålet er for langt"),
    form: z.enum(CONSENT_FORMS, { error: "Vælg samtykkets form" }),
    // Required whatever the form (ADR 0025): the signed form, the referat, or a note of what was said.
    evidence: text().trim().max(4000, "Dokumentationen er for lang").optional().transform((v) => v || undefined),
    validFrom: optionalDate,
    validUntil: optionalDate,
  })
  .superRefine((v, issue) => {
    if (!v.evidence) {
      const message = v.form === "MUNDTLIGT"
        ? "Et mundtligt samtykke kræver et notat om, hvad der blev sagt"
        : "Skriv, hvor samtykket er dokumenteret, fx den underskrevne blanket eller mødereferatet";
      issue.addIssue({ code: "custom", path: ["evidence"], message });
    }
    // "Til og med": a consent for one day runs from and until the same day.
    if (v.validFrom && v.validUntil && v.validUntil < v.validFrom) {
      issue.addIssue({ code: "custom", path: ["validUntil"], message: "Gyldig til kan ikke ligge før gyldig fra" });
    }
  });
export type RecordConsentInput = z.input<typeof recordConsentSchema>;

export const withdrawConsentSchema = z.object({
  caseId: z.guid("Ukendt sag"),
  consentId: z.guid("Ukendt samtykke"),
  reason: text().trim().min(1, "Skriv, hvorfor samtykket tilbagekaldes").max(2000, "Begrundelsen er for lang"),
});
export type WithdrawConsentInput = z.input<typeof withdrawConsentSchema>;

export const recordStatutoryBasisSchema = z.object({
  caseId: z.guid("Ukendt sag"),
  code: statutoryCodeSchema,
  recipientOrgId: z.guid("Vælg en organisation"),
  categories: z.array(categorySchema).min(1, "Vælg mindst én oplysningskategori"),
  reason: text().trim().min(1, "Skriv begrundelsen for at dele uden samtykke").max(2000, "Begrundelsen er for lang"),
});
export type RecordStatutoryBasisInput = z.input<typeof recordStatutoryBasisSchema>;
