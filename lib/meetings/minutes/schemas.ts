import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";
import { isIsoDay } from "@/lib/validation/iso-day";
import { categorySchema } from "@/lib/validation/enum-schemas";
import { CONSENT_GIVERS } from "@/lib/consents/labels";
import { todayIso } from "@/lib/consents/rules";
import { maxLengthText } from "@/lib/forms/feedback-text";
import { ACTION_TITLE_MAX, ADDENDUM_MAX, ATTENDANCES, MAX_ACTIONS, MINUTES_TEXT_FIELDS } from "./labels";

// The referat's forms (issue 10 item 7), shared by react-hook-form and the
// server actions. Which organisations and people are on the case is checked
// by the action against the case scope; these check shape and dates.


const requiredText = (label: string, max: number) =>
  text().trim().min(1, `Skriv ${label.toLowerCase()}`).max(max, `${label} må være ${maxLengthText(max)}`);

const textFields = Object.fromEntries(MINUTES_TEXT_FIELDS.map((f) => [f.name, requiredText(f.label, f.max)])) as
  Record<(typeof MINUTES_TEXT_FIELDS)[number]["name"], ReturnType<typeof requiredText>>;

/** One action: becomes a task in the owner's "Mine opgaver" when the referat is approved. */
export const minutesActionSchema = z.object({
  title: text().trim().min(1, "Skriv, hvad der skal gøres").max(ACTION_TITLE_MAX, `Handlingen må være ${maxLengthText(ACTION_TITLE_MAX)}`),
  ownerOrgId: z.guid("Vælg den ansvarlige organisation"),
  /** Empty: the organisation as a whole (the task lands in its shared list). */
  ownerUserId: z.union([z.literal(""), z.guid("Vælg en person fra listen")]).optional().transform((v) => v || undefined),
  // Compared as Copenhagen days: "today" is a valid due date, yesterday is not.
  dueOn: text().trim().refine(isIsoDay, "Vælg en frist")
    .refine((v) => !isIsoDay(v) || v >= todayIso(), "Fristen kan ikke ligge i fortiden"),
});

const attendanceSchema = z.object({
  inviteeId: z.guid("Ukendt deltager"),
  /** Empty: not recorded yet (a draft may be saved during the meeting). */
  attendance: z.union([z.literal(""), z.enum(ATTENDANCES, { error: "Vælg fremmøde" })]).optional().transform((v) => v || undefined),
});

/**
 * "Samtykke indhentet ved mødets start": who gave it, for which
 * organisations and categories. Becomes a Consent through the consent path
 * (lib/consents/actions.ts recordConsent), with the referat as evidence.
 */
const consentAtStartSchema = z.object({
  obtained: z.boolean(),
  givenBy: z.enum(CONSENT_GIVERS, { error: "Vælg, hvem der gav samtykket" }),
  givenByName: text().trim().max(200, "Navnet er for langt"),
  recipientOrgIds: z.array(z.guid("Ukendt organisation")).max(30),
  categories: z.array(categorySchema),
});

export const saveMinutesSchema = z
  .object({
    meetingId: z.guid("Ukendt møde"),
    ...textFields,
    actions: z.array(minutesActionSchema).max(MAX_ACTIONS, `Højst ${MAX_ACTIONS} handlinger i ét referat`),
    nextMeetingOn: text().trim()
      .refine((v) => v === "" || isIsoDay(v), "Skriv datoen som dd.mm.åååå")
      .refine((v) => !isIsoDay(v) || v >= todayIso(), "Næste møde kan ikke ligge i fortiden")
      .optional().transform((v) => v || undefined),
    attendance: z.array(attendanceSchema).max(100),
    consentAtStart: consentAtStartSchema,
  })
  .superRefine((v, issue) => {
    const c = v.consentAtStart;
    if (!c.obtained) return;
    if (!c.givenByName) issue.addIssue({ code: "custom", path: ["consentAtStart", "givenByName"], message: "Skriv navnet på den, der gav samtykket" });
    if (c.recipientOrgIds.length === 0) issue.addIssue({ code: "custom", path: ["consentAtStart", "recipientOrgIds"], message: "Vælg mindst én organisation" });
    if (c.categories.length === 0) issue.addIssue({ code: "custom", path: ["consentAtStart", "categories"], message: "Vælg mindst én oplysningskategori" });
  });
export type SaveMinutesInput = z.input<typeof saveMinutesSchema>;
export type SaveMinutesValues = z.output<typeof saveMinutesSchema>;

export const approveMinutesSchema = z.object({ meetingId: z.guid("Ukendt møde") });
export type ApproveMinutesInput = z.input<typeof approveMinutesSchema>;

export const addAddendumSchema = z.object({
  meetingId: z.guid("Ukendt møde"),
  text: text().trim().min(1, "Skriv tillægget").max(ADDENDUM_MAX, `Tillægget må være ${maxLengthText(ADDENDUM_MAX)}`),
});
export type AddAddendumInput = z.input<typeof addAddendumSchema>;
