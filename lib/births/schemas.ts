import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";
import { isIsoDay } from "@/lib/validation/iso-day";
import { parseCpr } from "@/lib/domain/cpr";
import { cprSchema } from "@/lib/validation/cpr-schema";

// "Registrér fødsel": one schema for the form and the server action.

const name = (label: string) => text().trim().max(100, `${label} er for langt`).optional().transform((v) => v || undefined);

export const registerBirthSchema = z
  .object({
    caseId: z.guid("Ukendt sag"),
    birthDate: text().trim().refine(isIsoDay, "Skriv fødselsdatoen"),
    childCpr: cprSchema,
    firstName: name("Fornavnet"),
    lastName: name("Efternavnet"),
  })
  .superRefine((v, issue) => {
    const parsed = parseCpr(v.childCpr);
    // The CPR number encodes the birth date: the two must agree.
    if (parsed.ok && parsed.birthDate !== v.birthDate) {
      issue.addIssue({ code: "custom", path: ["childCpr"], message: "CPR-nummeret passer ikke med fødselsdatoen" });
    }
  });
export type RegisterBirthInput = z.input<typeof registerBirthSchema>;
