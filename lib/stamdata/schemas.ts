import { z } from "@/lib/validation/zod";
import { cprSchema } from "@/lib/domain/cpr";
import type { Stage } from "@/lib/domain/stages";

// The stamdata forms on a case (ADR 0017): "Tilføj / ret CPR", the merge it
// may lead to, and "Ret navn og termin". Shared by the forms and the actions.

const caseId = z.guid("Ukendt sag");

const name = (label: string) =>
  z.string().trim().min(1, `Skriv ${label}`).max(100, `${label[0]!.toUpperCase()}${label.slice(1)} må højst have 100 tegn`);

/** A case of the person who holds the CPR; `mergeable` when the acting organisation is responsible for it too. */
export type MergeCandidate = { id: string; caseNumber: string; name: string; stage: Stage; createdAt: Date; mergeable: boolean };

export const setCprSchema = z.object({ caseId, cpr: cprSchema });
export type SetCprInput = z.input<typeof setCprSchema>;

/** The CPR is sent again: the server re-runs the match, so the case merged into is the one that holds it. */
export const mergeCasesSchema = z.object({ caseId, cpr: cprSchema, targetCaseId: z.guid("Vælg sagen, der skal lægges sammen med") });
export type MergeCasesInput = z.input<typeof mergeCasesSchema>;

export const editStamdataSchema = z.object({
  caseId,
  firstName: name("fornavn"),
  lastName: name("efternavn"),
  /** Empty: no termin. */
  termin: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{4}-\d{2}-\d{2}$/.test(v), "Skriv terminen som dd.mm.åååå")
    .transform((v) => v || null),
});
export type EditStamdataInput = z.input<typeof editStamdataSchema>;

/** Refused merges: shown by the form (for a candidate) and by the action. */
export const MERGE_DIFFERENT_ORGS =
  "Sagerne kan ikke lægges sammen, fordi de har forskellige ansvarlige myndigheder. Kontakt den anden myndighed, så I aftaler, hvem der fører sagen.";
