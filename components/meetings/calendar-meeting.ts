// What the agenda list and the week view show of a meeting: the caller maps
// its rows to this, so both views take the same props and neither knows the
// meeting model. The title is what the viewer may see (the meeting type, or
// more on the meeting's own page: the views add nothing).

export type CalendarMeeting = {
  id: string;
  title: string;
  /** A Date on the server; an ISO string once it has crossed to a client component. */
  start: Date | string;
  end: Date | string;
  cancelled: boolean;
  /** The meeting page. */
  href: string;
};

export type CalendarViewProps = {
  meetings: CalendarMeeting[];
  /** "YYYY-MM-DD": the week (or the first day) to show; today in Copenhagen when absent. */
  initialDate?: string;
};

export const CALENDAR_TIME_ZONE = "Europe/Copenhagen";

export function toDate(value: Date | string): Date {
  return typeof value === "string" ? new Date(value) : value;
}

/** Earliest first; a cancelled meeting keeps its place in time. */
export function byStart(a: CalendarMeeting, b: CalendarMeeting): number {
  return toDate(a.start).getTime() - toDate(b.start).getTime();
}
