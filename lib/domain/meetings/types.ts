import type { OrgType } from "@/lib/domain/deadlines/types";

// The meeting types of the sources (seed-gravide §5, seed-boern §5, the
// Syddanmark samarbejdsaftale B3), one list with each type's defaults. The
// organisation's samarbejdsaftale (lib/domain/meetings/agreement.ts) may
// override the notice period; everything else is the type's.

export const MEETING_TYPES = [
  "KOORDINATIONSMOEDE",
  "NETVAERKSMOEDE",
  "TERMINSMOEDE",
  "UDSKRIVNINGSKONFERENCE",
  "OPFOELGNINGSMOEDE",
  "FAMILIERAADSMOEDE",
  "UNDERRETNINGSSAMTALE",
  "AFSLUTTENDE_NETVAERKSMOEDE",
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export type MeetingTypeInfo = {
  label: string;
  /** Default length in minutes. */
  defaultMinutes: number;
  /** Default notice in calendar days when the agreement sets none. */
  defaultNoticeDays: number;
  /** Whether the citizen (and her partner) normally attend. */
  citizenPresent: boolean;
  /** Organisation types the convener should invite when they take part in the case. */
  requiredOrgTypes: readonly OrgType[];
  /** Only for a pregnancy (a GRAVID case). */
  pregnancyOnly?: boolean;
};

export const MEETING_TYPE_INFO: Record<MeetingType, MeetingTypeInfo> = {
  // Esbjerg: at least two in a pregnancy, at least 7 days' notice (B3.5).
  KOORDINATIONSMOEDE: { label: "Koordinationsmøde", defaultMinutes: 60, defaultNoticeDays: 7, citizenPresent: true, requiredOrgTypes: [] },
  // The familieambulatorium's netværksmøder include sundhedsplejen (seed-gravide §5).
  NETVAERKSMOEDE: { label: "Netværksmøde", defaultMinutes: 90, defaultNoticeDays: 14, citizenPresent: true, requiredOrgTypes: ["SUNDHEDSPLEJE"] },
  // 10 weeks before termin; the birth form is filled in at the meeting (B3.5).
  TERMINSMOEDE: { label: "Terminsmøde", defaultMinutes: 90, defaultNoticeDays: 7, citizenPresent: true, requiredOrgTypes: ["SUNDHEDSPLEJE"], pregnancyOnly: true },
  // Handover to the kommune and sundhedsplejen at discharge: short notice by nature.
  UDSKRIVNINGSKONFERENCE: { label: "Udskrivningskonference", defaultMinutes: 60, defaultNoticeDays: 0, citizenPresent: true, requiredOrgTypes: ["SUNDHEDSPLEJE"] },
  OPFOELGNINGSMOEDE: { label: "Opfølgningsmøde efter fødslen", defaultMinutes: 60, defaultNoticeDays: 7, citizenPresent: true, requiredOrgTypes: [] },
  // Professionals only; cases may be discussed before referral (B3, K5/K13).
  FAMILIERAADSMOEDE: { label: "Familierådsmøde (kun fagpersoner)", defaultMinutes: 60, defaultNoticeDays: 7, citizenPresent: false, requiredOrgTypes: [] },
  // The reporter is invited to the underretningssamtale (B3.5, phase 1).
  UNDERRETNINGSSAMTALE: { label: "Underretningssamtale", defaultMinutes: 45, defaultNoticeDays: 0, citizenPresent: true, requiredOrgTypes: [] },
  AFSLUTTENDE_NETVAERKSMOEDE: { label: "Afsluttende netværksmøde", defaultMinutes: 90, defaultNoticeDays: 28, citizenPresent: true, requiredOrgTypes: [] },
};

export function meetingTypeLabel(type: MeetingType): string {
  return MEETING_TYPE_INFO[type].label;
}

/** An invitee's answers (AFVENTER is "not yet answered"). */
export const RESPONSES = ["DELTAGER", "DELTAGER_IKKE", "STEDFORTRAEDER"] as const;
