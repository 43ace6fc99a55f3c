import "temporal-polyfill/global";
import type { CalendarEvent } from "@schedule-x/calendar";
import { CALENDAR_TIME_ZONE, toDate, type CalendarMeeting } from "./calendar-meeting";

// Meetings as Schedule-X events: instants become Copenhagen wall-clock times,
// whatever the browser's own zone, and a cancelled meeting says so in its
// title (not only by its grey colour) and keeps its place in the week.

export const PLANNED = "planned";
export const CANCELLED = "cancelled";

// Colours with at least 4.5:1 contrast for the event text (WCAG 1.4.3).
export const WEEK_CALENDARS = {
  [PLANNED]: {
    colorName: PLANNED,
    lightColors: { main: "#1d4ed8", container: "#dbeafe", onContainer: "#1e3a8a" },
  },
  [CANCELLED]: {
    colorName: CANCELLED,
    lightColors: { main: "#64748b", container: "#f1f5f9", onContainer: "#334155" },
  },
};

function zoned(value: Date | string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(toDate(value).getTime()).toZonedDateTimeISO(CALENDAR_TIME_ZONE);
}

export function toWeekEvent(meeting: CalendarMeeting): CalendarEvent & { href: string } {
  return {
    id: meeting.id,
    title: meeting.cancelled ? `Aflyst: ${meeting.title}` : meeting.title,
    start: zoned(meeting.start),
    end: zoned(meeting.end),
    calendarId: meeting.cancelled ? CANCELLED : PLANNED,
    href: meeting.href,
  };
}

/** The week to open on: the given "YYYY-MM-DD", else today in Copenhagen. */
export function initialWeekDate(initialDate: string | undefined): Temporal.PlainDate {
  return initialDate ? Temporal.PlainDate.from(initialDate) : Temporal.Now.plainDateISO(CALENDAR_TIME_ZONE);
}
