import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";
import { isIsoDay } from "@/lib/validation/iso-day";
import { cprSchema } from "@/lib/validation/cpr-schema";

// The stamdata forms on a case (ADR 0017): "Tilføj / ret CPR", the merge it
// may lead to, and "Ret navn og termin". Shared by the forms and the actions.

const caseId = z.guid("Ukendt sag");

const name = (label: string) =>
  text().trim().min(1, `Skriv ${label}`).max(100, `${label[0]!.toUpperCase()}${label.slice(1)} må højst have 100 tegn`);

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
  termin: text()
    .trim()
    .refine((v) => v === "" || isIsoDay(v), "Skriv terminen som dd.mm.åååå")
    .transform((v) => v || null),
});
export type EditStamdataInput = z.input<typeof editStamdataSchema>;

