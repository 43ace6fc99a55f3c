import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";
import { isIsoDay } from "@/lib/validation/iso-day";
import { cprSchema } from "@/lib/validation/cpr-schema";
import { REASON_MIN_LENGTH, REASON_REQUIRED_MESSAGE, isReasonSufficient } from "@/lib/domain/stages";
import { categorySchema, stageSchema } from "@/lib/validation/enum-schemas";
import { checkIdentity, identityFields, identityOf } from "@/lib/persons/identity";
import { drillParamsSchema } from "@/lib/dashboard/drill-params";

// One schema per form, used by react-hook-form in the browser and by the
// server action: the same rules and the same Danish messages on both sides.

const name = (label: string) =>
  text().trim().min(1, `Skriv ${label}`).max(100, `${label[0]!.toUpperCase()}${label.slice(1)} er for langt`);

/**
 * "YYYY-MM-DD" from <input type="date">; empty means not given. Accepts its
 * own output (undefined) too: the form submits parsed values, and the server
 * action parses them again.
 */
const optionalDate = text()
  .trim()
  .optional()
  .refine((v) => !v || isIsoDay(v), "Skriv datoen som dd.mm.åååå")
  .transform((v) => v || undefined);

const requiredDate = (message: string) => text().trim().refine(isIsoDay, message);

export const createCaseSchema = z
  .discriminatedUnion("kind", [
    z
      .object({
        kind: z.literal("GRAVID"),
        ...identityFields,
        firstName: name("fornavn"),
        lastName: name("efternavn"),
        termin: optionalDate,
      })
      .superRefine((v, ctx) => checkIdentity(v, ctx)),
    z.object({
      kind: z.literal("UNBORN"),
      motherCpr: cprSchema,
      termin: requiredDate("Skriv terminsdatoen"),
    }),
  ])
  // "CPR ukendt" (ADR 0017): the CPR, or null and what she is recognised by.
  .transform((v) =>
    v.kind === "GRAVID" ? { kind: v.kind, firstName: v.firstName, lastName: v.lastName, termin: v.termin, ...identityOf(v) } : v,
  );
export type CreateCaseInput = z.input<typeof createCaseSchema>;

export const addNoteSchema = z.object({
  caseId: z.guid("Ukendt sag"),
  category: categorySchema,
  text: text().trim().min(1, "Skriv notatet").max(10_000, "Notatet er for langt (højst 10.000 tegn)"),
});
export type AddNoteInput = z.input<typeof addNoteSchema>;

/** Correct (new text) or annul a note, always with a reason; the original stays in the history. */
export const amendNoteSchema = z
  .object({
    caseId: z.guid("Ukendt sag"),
    noteId: z.guid("Ukendt notat"),
    kind: z.enum(["CORRECTED", "ANNULLED"], "Vælg rettelse eller annullering"),
    reason: text().trim().min(3, "Skriv hvorfor (mindst 3 tegn)").max(500, "Begrundelsen er for lang (højst 500 tegn)"),
    text: text().trim().max(10_000, "Notatet er for langt (højst 10.000 tegn)").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "CORRECTED" && !v.text) ctx.addIssue({ code: "custom", path: ["text"], message: "Skriv den rettede tekst" });
  });
export type AmendNoteInput = z.input<typeof amendNoteSchema>;

export const caseIdSchema = z.object({ caseId: z.guid("Ukendt sag") });

/** Empty userId: the case has no caseworker. */
export const assignCaseworkerSchema = caseIdSchema.extend({
  userId: z.union([z.guid("Vælg en kollega fra listen"), z.literal("")]),
});

/** The case list's URL parameters. Anything unexpected is ignored, not an error. */
export const caseListParamsSchema = drillParamsSchema.extend({
  stage: stageSchema.optional().catch(undefined),
  q: text().trim().max(100).optional().catch(undefined),
  /** The searched CPR, encrypted (lib/cases/cpr-search.ts): never the CPR itself in a URL. */
  cprToken: text().max(300).optional().catch(undefined),
  cursor: text().max(200).optional().catch(undefined),
  /** "Mine sager": only cases where the user is the caseworker. */
  mine: z.literal("1").optional().catch(undefined),
  /** The overview's drill-downs (ADR 0026): one caseworker's cases, the cases without one, or only the cases the organisation is responsible for. */
  caseworker: z.guid().optional().catch(undefined),
  unassigned: z.literal("1").optional().catch(undefined),
  responsible: z.literal("1").optional().catch(undefined),
});

/** What listCases filters on: the URL's parameters with the CPR decrypted. */
export type CaseListParams = Omit<z.infer<typeof caseListParamsSchema>, "cprToken"> & { cpr?: string };

/** The search form's fields, posted to the server (searchCasesAction). */
export const caseSearchSchema = z.object({
  mine: z.literal("1").optional().catch(undefined),
  q: text().trim().max(100).optional().catch(undefined),
  stage: stageSchema.optional().catch(undefined),
  cpr: text().trim().max(20).optional().catch(undefined),
});

/**
 * Input of a stage change. `from` is not part of it: the server reads the
 * current stage from the database and then calls validateTransition.
 * The reason rule mirrors isReasonSufficient so form and server agree.
 */
export const stageTransitionSchema = z.object({
  caseId: z.uuid({ error: "Ugyldigt forløbs-id" }),
  to: stageSchema,
  reason: text({ error: REASON_REQUIRED_MESSAGE })
    .trim()
    .min(REASON_MIN_LENGTH, { error: REASON_REQUIRED_MESSAGE, abort: true })
    .refine(isReasonSufficient, { error: REASON_REQUIRED_MESSAGE }),
});

export type StageTransitionInput = z.infer<typeof stageTransitionSchema>;
