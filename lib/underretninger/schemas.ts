import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";
import { isIsoDay } from "@/lib/validation/iso-day";
import { atCopenhagen, copenhagenDay } from "@/lib/domain/calendar";
import { cprSchema } from "@/lib/validation/cpr-schema";
import { checkIdentity, identityFields, identityOf } from "@/lib/persons/identity";

// One schema per form, shared by react-hook-form and the server action, so
// the browser and the server give the same Danish field errors.

export const REPORTER_KINDS = ["FAGPERSON", "PRIVATPERSON", "ANONYM"] as const;
export const CHANNELS = ["DIGITAL_FORMULAR", "TELEFON", "BREV", "SIKKER_MAIL", "PERSONLIGT"] as const;
export const ABOUTS = ["GRAVID", "UFOEDT_BARN", "BARN"] as const;
export const OUTCOMES = [
  "SCREENING",
  "AFDAEKNING",
  "BOERNEFAGLIG_UNDERSOEGELSE",
  "TIDLIGT_FOREBYGGENDE_TILBUD",
  "INGEN_FORANSTALTNING",
  "VIDERESENDT_ANDEN_KOMMUNE",
] as const;
export type ReportOutcome = (typeof OUTCOMES)[number];

/** Yes / no / not stated, as radio buttons send them. */
const triState = z.enum(["JA", "NEJ", "UKENDT"]).transform((v) => (v === "UKENDT" ? null : v === "JA"));
const yesNo = z.enum(["JA", "NEJ"], { error: "Vælg ja eller nej" }).transform((v) => v === "JA");

const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, `Højst ${max} tegn`)
    .transform((v) => (v === "" ? null : v));

// A client's clock may run a little fast: a few minutes' grace avoids
// rejecting "now" typed on such a machine.
const FUTURE_GRACE_MS = 5 * 60_000;

/** <input type="datetime-local"> value, read as Copenhagen wall-clock time. */
const receivedAtSchema = text()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Skriv dato og klokkeslæt for modtagelsen")
  .transform((v, ctx) => {
    const [hours, minutes] = [Number(v.slice(11, 13)), Number(v.slice(14, 16))];
    try {
      if (hours > 23 || minutes > 59) throw new RangeError("time");
      return atCopenhagen(v.slice(0, 10), { hours, minutes });
    } catch {
      ctx.addIssue({ code: "custom", message: "Datoen eller klokkeslættet findes ikke" });
      return z.NEVER;
    }
  })
  .refine((d) => d.getTime() <= Date.now() + FUTURE_GRACE_MS, "Modtagelsestidspunktet kan ikke ligge i fremtiden");

const terminSchema = text()
  .trim()
  .refine((v) => v === "" || isIsoDay(v), "Skriv terminen som dd.mm.åååå")
  .transform((v) => (v === "" ? null : v));

/**
 * What the report says and whom it is about: the same fields and checks for
 * the familieafdeling's intake and a professional's own submission (inbox).
 */
export const reportContentFields = {
  about: z.enum(ABOUTS, { error: "Vælg hvem underretningen handler om" }),
  cpr: cprSchema,
  firstName: text().trim().min(1, "Skriv fornavn").max(100, "Fornavnet er for langt"),
  lastName: text().trim().min(1, "Skriv efternavn").max(100, "Efternavnet er for langt"),
  termin: terminSchema,
  observations: text().trim().min(1, "Skriv hvad underretteren har set og hørt").max(20_000, "Teksten er for lang (højst 20.000 tegn)"),
  substances: optionalText(500),
  exposure: optionalText(2000),
  womanInformed: triState,
  copyGiven: triState,
};

export type ReportContentInput = z.input<z.ZodObject<typeof reportContentFields>>;

const reporterDetailFields = {
  reporterProfession: optionalText(200),
  reporterContact: optionalText(200),
  publicEmployee: z.boolean(),
};

const idempotencyKey = z.guid("Formularen mangler en nøgle. Genindlæs siden.");

function checkTermin(v: { about: (typeof ABOUTS)[number]; termin: string | null }, ctx: z.RefinementCtx): void {
  if (v.about === "UFOEDT_BARN" && !v.termin) {
    ctx.addIssue({ code: "custom", path: ["termin"], message: "Skriv terminen for det ufødte barn" });
  }
  if (v.about === "UFOEDT_BARN" && v.termin && v.termin < copenhagenDay(new Date())) {
    ctx.addIssue({ code: "custom", path: ["termin"], message: "Terminen kan ikke ligge i fortiden for et ufødt barn" });
  }
}

export const createReportSchema = z
  .object({
    idempotencyKey,
    reporterKind: z.enum(REPORTER_KINDS, { error: "Vælg hvem der underretter" }),
    reporterName: optionalText(200),
    reporterOrgId: text()
      .trim()
      .refine((v) => v === "" || z.guid().safeParse(v).success, "Vælg en organisation fra listen")
      .transform((v) => (v === "" ? null : v)),
    reporterOrganisation: optionalText(200),
    channel: z.enum(CHANNELS, { error: "Vælg hvordan underretningen kom ind" }),
    receivedAt: receivedAtSchema,
    ...reporterDetailFields,
    ...reportContentFields,
    // The intake may register her without a CPR ("CPR ukendt", ADR 0017).
    ...identityFields,
  })
  .superRefine((v, ctx) => {
    checkTermin(v, ctx);
    checkIdentity(v, ctx);
    if (v.reporterKind !== "ANONYM" && !v.reporterName) {
      ctx.addIssue({ code: "custom", path: ["reporterName"], message: "Skriv underretterens navn, eller vælg anonym" });
    }
  })
  // An anonymous reporter leaves no trace: whatever was typed is dropped.
  .transform((v) => ({
    ...(v.reporterKind === "ANONYM"
      ? { ...v, reporterName: null, reporterOrgId: null, reporterOrganisation: null, reporterProfession: null, reporterContact: null }
      : v.reporterKind === "PRIVATPERSON"
        ? { ...v, reporterOrgId: null }
        : v),
    ...identityOf(v),
  }));
export type CreateReportInput = z.input<typeof createReportSchema>;
export type CreateReport = z.output<typeof createReportSchema>;

/**
 * A professional's own underretning to a kommune's familieafdeling (the
 * inbox). She is the reporter, so only her profession and contact are asked.
 */
export const submitReportSchema = z
  .object({
    idempotencyKey,
    toOrgId: z.guid("Vælg kommunens familieafdeling"),
    ...reporterDetailFields,
    ...reportContentFields,
  })
  .superRefine(checkTermin);
export type SubmitReportInput = z.input<typeof submitReportSchema>;
export type SubmitReport = z.output<typeof submitReportSchema>;

export const submissionIdSchema = z.object({ submissionId: z.guid("Ukendt underretning") });

const reportId = z.guid("Ukendt underretning");

export const reportIdSchema = z.object({ reportId });

export const RECEIPT_CHANNELS = ["BREV", "DIGITAL_POST", "SIKKER_MAIL", "UDLEVERET"] as const;
export type ReceiptChannel = (typeof RECEIPT_CHANNELS)[number];
/** "Kvittering sendt", and how (issue 9 item 8). */
export const receiptSentSchema = z.object({ reportId, channel: z.enum(RECEIPT_CHANNELS, "Vælg hvordan kvitteringen er sendt") });

export const assessReportSchema = z.object({
  reportId,
  acute: yesNo,
  reasons: text().trim().min(1, "Skriv begrundelsen for vurderingen").max(5000, "Begrundelsen er for lang"),
});
export type AssessReportInput = z.input<typeof assessReportSchema>;

export const outcomeSchema = z.object({
  reportId,
  outcome: z.enum(OUTCOMES, { error: "Vælg udfaldet" }),
});
export type OutcomeInput = z.input<typeof outcomeSchema>;

export const feedbackSchema = z.object({ reportId, actionStarted: yesNo });
export type FeedbackInput = z.input<typeof feedbackSchema>;

/** Empty userId: nobody handles the report yet. */
export const assignReportSchema = z.object({ reportId, userId: z.union([z.guid("Vælg en kollega fra listen"), z.literal("")]) });
export type AssignReportInput = z.input<typeof assignReportSchema>;
