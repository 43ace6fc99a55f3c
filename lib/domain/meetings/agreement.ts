import type { OrgType } from "@/lib/domain/deadlines/types";
import { ORG_TYPES } from "@/lib/domain/org-types";
import { z } from "@/lib/validation/zod";
import { MEETING_TYPE_INFO, MEETING_TYPES, type MeetingType } from "./types";

// The samarbejdsaftale (the local cooperation agreement, seed-samarbejdsaftaler
// B3) as configuration: what the agreement says about meetings, per
// organisation, in Organization.settings.meetings (ADR 0022). Pure: the
// meeting form, the deadline table and the settings page all read it here.

export type MeetingAgreement = {
  /** Calendar days of notice per meeting type. */
  noticeDays: Record<MeetingType, number>;
  /** Notice for a netværksmøde in the child's phase (a BARN case): 4 weeks in Syddanmark. */
  childNetworkNoticeDays: number;
  /** Koordinationsmøder the agreement expects in a pregnancy (at least). */
  minCoordinationMeetingsInPregnancy: number;
  /** The terminsmøde is held this many weeks before termin. */
  terminMeetingWeeksBeforeTermin: number;
  /** The plan (barnets plan) is ready this many weeks before termin ("i god tid"; ADR 0027). */
  planReadyWeeksBeforeTermin: number;
  /** Who convenes a meeting when nobody else has been agreed. */
  defaultConvenerOrgType: OrgType;
};

// Sane ranges: a notice beyond a quarter of a year or a terminsmøde before the
// pregnancy is known (termin is week 40) is a typing error, not a policy.
export const AGREEMENT_LIMITS = {
  noticeDays: { min: 0, max: 90 },
  minCoordinationMeetingsInPregnancy: { min: 0, max: 10 },
  terminMeetingWeeksBeforeTermin: { min: 1, max: 30 },
  planReadyWeeksBeforeTermin: { min: 1, max: 30 },
} as const;

export const DEFAULT_MEETING_AGREEMENT: Readonly<MeetingAgreement> = Object.freeze({
  noticeDays: Object.fromEntries(MEETING_TYPES.map((t) => [t, MEETING_TYPE_INFO[t].defaultNoticeDays])) as Record<MeetingType, number>,
  childNetworkNoticeDays: 28,
  minCoordinationMeetingsInPregnancy: 2,
  terminMeetingWeeksBeforeTermin: 10,
  planReadyWeeksBeforeTermin: 8,
  defaultConvenerOrgType: "FAMILIEAMBULATORIUM",
});

function wholeNumber({ min, max }: { min: number; max: number }, unit: string) {
  const message = `Skriv et helt antal ${unit} fra ${min} til ${max}`;
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}

const days = wholeNumber(AGREEMENT_LIMITS.noticeDays, "dage");
const fields = {
  childNetworkNoticeDays: days,
  minCoordinationMeetingsInPregnancy: wholeNumber(AGREEMENT_LIMITS.minCoordinationMeetingsInPregnancy, "møder"),
  terminMeetingWeeksBeforeTermin: wholeNumber(AGREEMENT_LIMITS.terminMeetingWeeksBeforeTermin, "uger"),
  planReadyWeeksBeforeTermin: wholeNumber(AGREEMENT_LIMITS.planReadyWeeksBeforeTermin, "uger"),
  defaultConvenerOrgType: z.enum(ORG_TYPES, { error: "Vælg en organisationstype fra listen" }),
};

/** The settings form's schema: every value present and in range, nothing else (it is written as is). */
export const meetingAgreementSchema = z.strictObject({
  noticeDays: z.strictObject(Object.fromEntries(MEETING_TYPES.map((t) => [t, days])) as Record<MeetingType, typeof days>),
  ...fields,
});
export type MeetingAgreementInput = z.input<typeof meetingAgreementSchema>;

// The reading side: each value on its own falls back to its default, so one
// bad or missing value (settings are JSON, edited over years) never hides the
// others and never throws in the middle of a meeting form.
const D = DEFAULT_MEETING_AGREEMENT;
const lenientSchema = z.object({
  noticeDays: z
    .object(Object.fromEntries(MEETING_TYPES.map((t) => [t, days.catch(D.noticeDays[t])])) as Record<MeetingType, z.ZodCatch<typeof days>>)
    .catch(() => ({ ...D.noticeDays })),
  childNetworkNoticeDays: fields.childNetworkNoticeDays.catch(D.childNetworkNoticeDays),
  minCoordinationMeetingsInPregnancy: fields.minCoordinationMeetingsInPregnancy.catch(D.minCoordinationMeetingsInPregnancy),
  terminMeetingWeeksBeforeTermin: fields.terminMeetingWeeksBeforeTermin.catch(D.terminMeetingWeeksBeforeTermin),
  planReadyWeeksBeforeTermin: fields.planReadyWeeksBeforeTermin.catch(D.planReadyWeeksBeforeTermin),
  defaultConvenerOrgType: fields.defaultConvenerOrgType.catch(D.defaultConvenerOrgType),
});

/** The settings key the agreement lives under (Organization.settings.meetings). */
export const AGREEMENT_SETTINGS_KEY = "meetings";

/**
 * The agreement from an organisation's whole settings JSON (Organization.settings,
 * not its `meetings` part). Missing or bad values give their defaults; never throws.
 */
export function meetingAgreementOf(settings: unknown): MeetingAgreement {
  const meetings = typeof settings === "object" && settings !== null ? (settings as Record<string, unknown>)[AGREEMENT_SETTINGS_KEY] : undefined;
  const parsed = lenientSchema.safeParse(typeof meetings === "object" && meetings !== null ? meetings : {});
  return parsed.success ? parsed.data : { ...D, noticeDays: { ...D.noticeDays } };
}


/**
 * What an edit changed, flat ("noticeDays.KOORDINATIONSMOEDE"), for the audit
 * row: the keys and their old and new values. Numbers and org types only.
 */
export function agreementChanges(before: MeetingAgreement, after: MeetingAgreement): Record<string, { from: number | string; to: number | string }> {
  const flat = (a: MeetingAgreement): Record<string, number | string> => {
    const { noticeDays, ...rest } = a;
    return { ...Object.fromEntries(MEETING_TYPES.map((t) => [`noticeDays.${t}`, noticeDays[t]])), ...rest };
  };
  const [from, to] = [flat(before), flat(after)];
  return Object.fromEntries(Object.keys(to).filter((k) => from[k] !== to[k]).map((k) => [k, { from: from[k]!, to: to[k]! }]));
}
