import { z } from "@/lib/validation/zod";
import { isIsoDay } from "@/lib/validation/iso-day";
import { text } from "@/lib/validation/text";
import { GOAL_STATUSES, PROGRESS_KINDS } from "@/lib/domain/plans/goal-status";
import { ORG_TYPES } from "@/lib/domain/org-types";
import { PLAN_KINDS, PLAN_TRACKS, REVISION_REASONS } from "@/lib/domain/plans/kinds";

// The plan's forms (issue 11), shared by react-hook-form and the server
// actions. Which organisations are on the case, and the version's state, are
// checked by the actions against the plan scope; these check shape and dates.

const day = (missing: string) => text().trim().refine(isIsoDay, missing);
const bounded = (max: number, tooLong: string) => text().trim().max(max, tooLong);
const optionalText = (max: number) => bounded(max, `Højst ${max} tegn`).optional().transform((v) => v || undefined);

export const MAX_GOALS = 20;
export const MAX_INTERVENTIONS = 40;

export const createPlanSchema = z.object({
  caseId: z.guid("Ukendt sag"),
  kind: z.enum(PLAN_KINDS, { error: "Vælg en plantype" }),
  /** Helhedsorienteret plan: the parent's consent (recorded through the consent path). */
  consentId: z.union([z.literal(""), z.guid("Vælg et samtykke")]).optional().transform((v) => v || undefined),
});

export const goalSchema = z.object({
  key: z.guid("Ukendt mål"),
  title: text().trim().min(1, "Skriv målet").max(500, "Målet må højst være 500 tegn"),
  targetDate: day("Vælg en måldato"),
  status: z.enum(GOAL_STATUSES, { error: "Vælg status" }),
  note: optionalText(1000),
});

export const interventionSchema = z
  .object({
    key: z.guid("Ukendt indsats"),
    track: z.enum(PLAN_TRACKS, { error: "Vælg spor" }),
    catalogueEntryId: z.guid("Vælg en indsats fra kataloget"),
    responsibleOrgId: z.guid("Vælg den ansvarlige organisation"),
    responsibleUserId: z.union([z.literal(""), z.guid("Vælg en person fra listen")]).optional().transform((v) => v || undefined),
    startDate: day("Vælg en startdato"),
    durationWeeks: z.number({ error: "Skriv varigheden i hele uger" }).int("Skriv varigheden i hele uger").min(1, "Mindst 1 uge").max(520, "Højst 520 uger").optional(),
    followUpDate: day("Vælg en opfølgningsdato"),
    frequency: text().trim().min(1, "Skriv hvor ofte, fx 'hver uge'").max(200, "Højst 200 tegn"),
    goalKeys: z.array(z.guid()).max(MAX_GOALS),
  })
  .refine((i) => !isIsoDay(i.startDate) || !isIsoDay(i.followUpDate) || i.followUpDate >= i.startDate, {
    message: "Opfølgningen kan ikke ligge før starten", path: ["followUpDate"],
  });

export const contactSchema = z.object({
  orgId: z.guid("Vælg organisationen"),
  name: text().trim().min(1, "Skriv kontaktpersonens navn").max(200, "Højst 200 tegn"),
  phone: optionalText(40),
  fallback: optionalText(300),
});

export const saveDraftSchema = z.object({
  planId: z.guid("Ukendt plan"),
  versionId: z.guid("Ukendt version"),
  lockVersion: z.number().int().min(1),
  purpose: bounded(4000, "Formålet må højst være 4000 tegn"),
  focusPoints: z.array(text().trim().min(1, "Skriv fokuspunktet").max(500, "Højst 500 tegn")).max(20),
  goals: z.array(goalSchema).max(MAX_GOALS, `Højst ${MAX_GOALS} mål`),
  interventions: z.array(interventionSchema).max(MAX_INTERVENTIONS, `Højst ${MAX_INTERVENTIONS} indsatser`),
  contacts: z.array(contactSchema).max(30),
  afterBirthStay: optionalText(2000),
  afterBirthFeeding: optionalText(2000),
  afterBirthDischarge: optionalText(2000),
});
export type SaveDraftInput = z.input<typeof saveDraftSchema>;
export type SaveDraftValues = z.output<typeof saveDraftSchema>;

export const versionActionSchema = z.object({ planId: z.guid("Ukendt plan"), versionId: z.guid("Ukendt version") });

export const approveSchema = versionActionSchema.extend({
  comment: text().trim().min(1, "Skriv en kommentar til godkendelsen").max(2000, "Højst 2000 tegn"),
});

export const returnSchema = versionActionSchema.extend({
  reason: text().trim().min(1, "Skriv, hvorfor planen sendes retur").max(2000, "Højst 2000 tegn"),
});

export const reviseSchema = z.object({
  planId: z.guid("Ukendt plan"),
  reason: z.enum(REVISION_REASONS, { error: "Vælg, hvorfor planen revideres" }),
  note: optionalText(2000),
});

export const progressSchema = z.object({
  planId: z.guid("Ukendt plan"),
  interventionKey: z.guid("Ukendt indsats"),
  kind: z.enum(PROGRESS_KINDS, { error: "Vælg, hvad der er sket" }),
  on: day("Vælg datoen"),
  note: optionalText(2000),
});

export const catalogueEntrySchema = z.object({
  name: text().trim().min(1, "Skriv indsatsens navn").max(200, "Højst 200 tegn"),
  legalBasis: text().trim().min(1, "Skriv lovgrundlaget, fx 'Barnets Lov § 32'").max(200, "Højst 200 tegn"),
  track: z.enum(PLAN_TRACKS, { error: "Vælg spor" }),
  category: z.enum(["HELBRED", "SOCIALE_FORHOLD", "RUSMIDDEL"], { error: "Vælg kategori" }),
  deliveredBy: z.array(z.enum(ORG_TYPES, { error: "Ukendt organisationstype" })).min(1, "Vælg mindst én organisationstype, der leverer indsatsen"),
  funding: text().trim().min(1, "Skriv, hvem der betaler").max(200, "Højst 200 tegn"),
});

export const retireEntrySchema = z.object({ entryId: z.guid("Ukendt indsats") });
