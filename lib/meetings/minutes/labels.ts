// The referat form's fixed choices and their Danish labels, apart from the
// schemas so pages that show them do not load zod (ADR 0007).

export const ATTENDANCES = ["MOEDT", "STEDFORTRAEDER", "UDEBLEVET"] as const;
export type AttendanceValue = (typeof ATTENDANCES)[number];
export const ATTENDANCE_LABELS: Record<AttendanceValue, string> = {
  MOEDT: "Mødt",
  STEDFORTRAEDER: "Sendte stedfortræder",
  UDEBLEVET: "Udeblevet",
};

/** The Syddanmark agreement's structure (B3): the four required text parts, with their limits. */
export const MINUTES_TEXT_FIELDS = [
  { name: "problem", label: "Den overordnede problemstilling", max: 5000 },
  { name: "conclusion", label: "Konklusion", max: 5000 },
  { name: "plan", label: "Plan", max: 5000 },
  { name: "roles", label: "Roller og ansvar", max: 5000 },
] as const;

export const ACTION_TITLE_MAX = 300;
export const ADDENDUM_MAX = 5000;
/** A referat with more actions than this is a plan, not a referat. */
export const MAX_ACTIONS = 30;

/** "dd.mm.yyyy" from "YYYY-MM-DD": how the consent evidence names the meeting. */
export function dottedDay(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}
