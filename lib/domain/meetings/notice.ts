import { atCopenhagen, copenhagenDay, parseDay, shiftDay, type CivilDay } from "@/lib/domain/calendar";
import type { IsoDay } from "@/lib/domain/deadlines/types";
// No zod here (agreement.ts has the settings schema): the scheduling form runs this in the browser.
import type { MeetingAgreement } from "./agreement";
import type { MeetingType } from "./types";

// The samarbejdsaftale's meeting rules as pure functions: the notice period
// (a warning on the meeting form, never a block: issue 10 item 3), the
// terminsmøde's day and the koordinationsmøde count on the case page.

export type NoticeCheck = {
  /** Calendar days of notice the agreement asks for. */
  required: number;
  met: boolean;
  /** The earliest start that meets the notice, if the invitations go out now. */
  metFrom: Date;
  /** The rule in Danish, e.g. "Samarbejdsaftalen kræver 7 dages varsel". */
  rule: string;
};

/** Whole Copenhagen calendar days from `from`'s day to `to`'s day (negative when before). */
function calendarDaysBetween(from: CivilDay, to: CivilDay): number {
  const [a, b] = [parseDay(from), parseDay(to)];
  // Both at UTC midnight: a plain count of days, with no DST hour to round away.
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/**
 * Notice is counted in Copenhagen calendar days, not hours: an invitation on
 * Wednesday for the Wednesday a week later is 7 days' notice at any time of
 * day and across a DST change. Holidays count like any day: the agreement
 * says "dages varsel", not "hverdages".
 */
export function noticeCheck(input: {
  type: MeetingType;
  caseKind: "GRAVID" | "BARN";
  startsAt: Date;
  now: Date;
  agreement: MeetingAgreement;
}): NoticeCheck {
  const required = noticeDaysFor(input.agreement, input.type, input.caseKind);
  const today = copenhagenDay(input.now);
  const given = calendarDaysBetween(today, copenhagenDay(input.startsAt));
  // Midnight at the start of the first day with enough notice; with no notice required, now.
  const firstDay = atCopenhagen(shiftDay(today, required));
  const metFrom = firstDay.getTime() > input.now.getTime() ? firstDay : new Date(input.now.getTime());
  return { required, met: given >= required, metFrom, rule: noticeRuleText(required) };
}

export function noticeRuleText(days: number): string {
  if (days === 0) return "Samarbejdsaftalen kræver intet varsel";
  return `Samarbejdsaftalen kræver ${days} ${days === 1 ? "dags" : "dages"} varsel`;
}

/** The terminsmøde's day: termin minus the agreement's weeks (seed-samarbejdsaftaler B3.5). */
export function terminMeetingDue(termin: IsoDay, agreement: MeetingAgreement): IsoDay {
  return shiftDay(termin, -7 * agreement.terminMeetingWeeksBeforeTermin);
}

/** "Koordinationsmøder i graviditeten: 1 af mindst 2" for the case page. */
export function coordinationMeetingLine(held: number, agreement: MeetingAgreement): string {
  return `Koordinationsmøder i graviditeten: ${held} af mindst ${agreement.minCoordinationMeetingsInPregnancy}`;
}

/** The notice the agreement asks for this type of meeting on this kind of case (calendar days). */
export function noticeDaysFor(agreement: MeetingAgreement, type: MeetingType, caseKind: "GRAVID" | "BARN"): number {
  if (type === "NETVAERKSMOEDE" && caseKind === "BARN") return agreement.childNetworkNoticeDays;
  return agreement.noticeDays[type];
}
