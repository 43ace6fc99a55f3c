import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
} from "ical-generator";
import { MEETING_TYPE_INFO, type MeetingType } from "@/lib/domain/meetings/types";

// Calendar files for meetings (RFC 5545, iTIP RFC 5546), ADR 0023: one
// invitation per invitee (METHOD:REQUEST, or METHOD:CANCEL when the meeting is
// cancelled) and each user's read-only feed (METHOD:PUBLISH).
//
// NO PERSONAL DATA. These files leave the app: they land in Outlook, Google and
// phones, outside every access rule, audit and consent of Samforløb. So no
// citizen name, CPR number, case number or case detail may ever be put in any
// field. That is why IcsMeeting has no free-text field at all besides the
// location: the title is the meeting type plus "(Samforløb)" (icsTitle), the
// description is only the link to the meeting page, where the app's access
// rules decide what the reader sees. The only person named is the invitee the
// invitation is addressed to (a professional, in their own copy) and the
// app's no-reply organiser. The location is the convener's place or video link:
// the caller must not put a citizen's home address there.
//
// Times are written as local wall-clock time with TZID=Europe/Copenhagen and
// the zone's VTIMEZONE block, so a meeting at 10:00 stays at 10:00 for every
// client in winter and summer alike. Pure: no database, no clock.

const TIME_ZONE = "Europe/Copenhagen";
const PRODUCT = { company: "Samforloeb", product: "Samforloeb", language: "DA" } as const;
/** How often a subscribing client should re-fetch the feed. */
const FEED_REFRESH_SECONDS = 60 * 60;

export type IcsMeeting = {
  /** Stable for the meeting's whole life: the meeting id + "@samforloeb". */
  uid: string;
  /** Incremented on every change of time, place or status (RFC 5545 3.8.7.4). */
  sequence: number;
  status: "PLANNED" | "CANCELLED";
  /** The meeting type plus "(Samforløb)": use icsTitle. Never a name or case detail. */
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** The meeting page; the only content of the description. */
  url: string;
  /** The place or the video link; never a citizen's address. */
  location?: string;
  /** The app's no-reply address: answers are given in the app, not by e-mail. */
  organizer: { name: string; email: string };
  updatedAt: Date;
};

export function icsTitle(type: MeetingType): string {
  return `${MEETING_TYPE_INFO[type].label} (Samforløb)`;
}

export function icsDescription(url: string): string {
  return `Se mødet i Samforløb: ${url}`;
}

/** One invitee's copy: METHOD:REQUEST, or METHOD:CANCEL with STATUS:CANCELLED. */
export function invitationIcs(meeting: IcsMeeting, attendee?: { email: string; name: string }): string {
  const cancelled = meeting.status === "CANCELLED";
  const calendar = newCalendar(cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  const event = addEvent(calendar, meeting);
  if (attendee) {
    // RSVP=FALSE: the answer (deltager / deltager ikke / stedfortræder) is
    // given in the app; a reply mail to the no-reply organiser would be lost.
    event.createAttendee({
      email: attendee.email,
      name: attendee.name,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: false,
    });
  }
  return calendar.toString();
}

/** A user's subscription feed: every meeting, cancelled ones kept with STATUS:CANCELLED. */
export function feedIcs(meetings: IcsMeeting[], calendarName: string): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH);
  calendar.name(calendarName).ttl(FEED_REFRESH_SECONDS);
  for (const meeting of meetings) addEvent(calendar, meeting);
  return calendar.toString();
}

function newCalendar(method: ICalCalendarMethod): ICalCalendar {
  return ical({
    prodId: PRODUCT,
    method,
    // No calendar-wide zone (with one, ical-generator writes DTSTAMP and
    // LAST-MODIFIED as local time, which RFC 5545 forbids: they are UTC). The
    // generator writes the VTIMEZONE block for each event's TZID.
    timezone: { name: null, generator: vtimezone },
  });
}

/** The zone's VTIMEZONE block; a file whose TZID has none would be read as floating time, so fail loudly. */
function vtimezone(zone: string): string {
  const block = getVtimezoneComponent(zone);
  if (!block)
    throw new Error(
      `No VTIMEZONE for ${zone}: is @touch4it/ical-timezones bundled (next.config serverExternalPackages)?`,
    );
  return block;
}

function addEvent(calendar: ICalCalendar, meeting: IcsMeeting) {
  return calendar.createEvent({
    id: meeting.uid,
    sequence: meeting.sequence,
    // A TZDate makes ical-generator write Copenhagen wall-clock time; a plain
    // Date would be written in the server process's own zone.
    timezone: TIME_ZONE,
    start: new TZDate(meeting.startsAt, TIME_ZONE),
    end: new TZDate(meeting.endsAt, TIME_ZONE),
    // DTSTAMP from the meeting, not the clock: the same meeting gives the same
    // file, so a feed refresh is not a change.
    stamp: meeting.updatedAt,
    lastModified: meeting.updatedAt,
    status: meeting.status === "CANCELLED" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    summary: meeting.title,
    description: icsDescription(meeting.url),
    url: meeting.url,
    location: meeting.location ?? null,
    organizer: { name: meeting.organizer.name, email: meeting.organizer.email },
  });
}
