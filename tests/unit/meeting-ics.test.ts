import ical, { type CalendarComponent, type VEvent } from "node-ical";
import { afterEach, describe, expect, it } from "vitest";
import { feedIcs, icsTitle, invitationIcs, type IcsMeeting } from "@/lib/meetings/ics";

// lib/meetings/ics.ts, parsed back with node-ical (issue 10, "Done when").

const meeting: IcsMeeting = {
  uid: "3f1c9a52-7d1e-4c55-9a40-0c6f1c2b7e11@samforloeb",
  sequence: 0,
  status: "PLANNED",
  title: icsTitle("KOORDINATIONSMOEDE"),
  // 10:00 in Copenhagen in winter (CET, UTC+1).
  startsAt: new Date("2027-01-14T09:00:00Z"),
  endsAt: new Date("2027-01-14T10:00:00Z"),
  url: "https://samforloeb.example/moeder/3f1c9a52",
  location: "Familieambulatoriet, mødelokale 2",
  organizer: { name: "Samforløb", email: "no-reply@samforloeb.example" },
  updatedAt: new Date("2026-12-01T10:00:00Z"),
};
const invitee = { email: "sagsbehandler@vejle.example", name: "Sofie Sagsbehandler" };

function parse(text: string) {
  const parsed = Object.values(ical.sync.parseICS(text)).filter((c): c is CalendarComponent => c !== undefined);
  const events = parsed.filter((c): c is VEvent => c.type === "VEVENT");
  const calendar = parsed.find((c) => c.type === "VCALENDAR") as CalendarComponent & { method?: string };
  return { events, method: calendar.method };
}

function only(text: string): VEvent {
  const { events } = parse(text);
  expect(events).toHaveLength(1);
  return events[0]!;
}

describe("invitationIcs", () => {
  it("is a METHOD:REQUEST with the meeting's UID, SEQUENCE and a link-only description", () => {
    const text = invitationIcs(meeting, invitee);
    const event = only(text);
    expect(parse(text).method).toBe("REQUEST");
    expect(event.uid).toBe(meeting.uid);
    expect(event.sequence).toBe(0);
    expect(event.status).toBe("CONFIRMED");
    expect(event.summary).toBe("Koordinationsmøde (Samforløb)");
    expect(event.description).toBe("Se mødet i Samforløb: https://samforloeb.example/moeder/3f1c9a52");
    expect(text).toMatch(/ATTENDEE;[^\r]*RSVP=FALSE[^:]*:MAILTO:sagsbehandler@vejle\.example/);
  });

  it("keeps the UID and grows the SEQUENCE when the meeting is moved", () => {
    const moved = {
      ...meeting,
      sequence: 1,
      startsAt: new Date("2027-01-15T09:00:00Z"),
      endsAt: new Date("2027-01-15T10:00:00Z"),
    };
    const before = only(invitationIcs(meeting, invitee));
    const after = only(invitationIcs(moved, invitee));
    expect(after.uid).toBe(before.uid);
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence));
  });

  it("cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID", () => {
    const text = invitationIcs({ ...meeting, sequence: 2, status: "CANCELLED" }, invitee);
    const event = only(text);
    expect(parse(text).method).toBe("CANCEL");
    expect(event.status).toBe("CANCELLED");
    expect(event.uid).toBe(meeting.uid);
    expect(event.sequence).toBe(2);
  });
});

describe("times in Europe/Copenhagen", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it("writes 10:00 local with TZID and a VTIMEZONE block, 09:00Z in January", () => {
    const text = invitationIcs(meeting);
    expect(text).toContain("DTSTART;TZID=Europe/Copenhagen:20270114T100000");
    expect(text).toContain("DTEND;TZID=Europe/Copenhagen:20270114T110000");
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Copenhagen\r\n/);
    // RFC 5545: DTSTAMP is always UTC.
    expect(text).toContain("DTSTAMP:20261201T100000Z");
    expect(only(text).start.toISOString()).toBe("2027-01-14T09:00:00.000Z");
  });

  it("writes 10:00 local in July too, which is 08:00Z (CEST, UTC+2)", () => {
    const summer = { ...meeting, startsAt: new Date("2027-07-14T08:00:00Z"), endsAt: new Date("2027-07-14T09:30:00Z") };
    const text = invitationIcs(summer);
    expect(text).toContain("DTSTART;TZID=Europe/Copenhagen:20270714T100000");
    const event = only(text);
    expect(event.start.toISOString()).toBe("2027-07-14T08:00:00.000Z");
    expect(event.end?.toISOString()).toBe("2027-07-14T09:30:00.000Z");
  });

  it("does not depend on the server process's own time zone", () => {
    process.env.TZ = "America/New_York";
    expect(invitationIcs(meeting)).toContain("DTSTART;TZID=Europe/Copenhagen:20270114T100000");
  });
});

describe("no personal data", () => {
  // What a careless caller might have at hand: the citizen and the case. Even
  // passed along (a spread of a bigger object), none of it reaches the file.
  const context = {
    citizenName: "Anna Andersen",
    cpr: "010190-1234",
    caseNumber: "SAG-2026-0042",
    agenda: "Anna's misbrug",
  };
  const leaky = { ...meeting, ...context } as IcsMeeting;

  it("puts no name, CPR or case detail in any field of an invitation or a feed", () => {
    for (const text of [
      invitationIcs(leaky, invitee),
      invitationIcs({ ...leaky, status: "CANCELLED" }),
      feedIcs([leaky], "Mine møder"),
    ]) {
      for (const forbidden of ["Anna", "010190", "SAG-2026", "misbrug"]) expect(text).not.toContain(forbidden);
      const event = only(text);
      expect(event.summary).toBe(meeting.title);
      expect(event.description).toBe(`Se mødet i Samforløb: ${meeting.url}`);
    }
  });

  it("titles each meeting type by its label only", () => {
    expect(icsTitle("NETVAERKSMOEDE")).toBe("Netværksmøde (Samforløb)");
    expect(icsTitle("OPFOELGNINGSMOEDE")).toBe("Opfølgningsmøde efter fødslen (Samforløb)");
  });
});

describe("feedIcs", () => {
  it("publishes every meeting, the cancelled ones with STATUS:CANCELLED", () => {
    const meetings = [0, 1, 2].map((i) => ({
      ...meeting,
      uid: `meeting-${i}@samforloeb`,
      status: i === 1 ? ("CANCELLED" as const) : ("PLANNED" as const),
      sequence: i === 1 ? 1 : 0,
    }));
    const text = feedIcs(meetings, "Samforløb – mine møder");
    const { events, method } = parse(text);
    expect(method).toBe("PUBLISH");
    expect(text).toContain("X-WR-CALNAME:Samforløb – mine møder");
    expect(events.map((e) => e.uid).sort()).toEqual([
      "meeting-0@samforloeb",
      "meeting-1@samforloeb",
      "meeting-2@samforloeb",
    ]);
    expect(events.find((e) => e.uid === "meeting-1@samforloeb")?.status).toBe("CANCELLED");
    expect(events.filter((e) => e.status === "CONFIRMED")).toHaveLength(2);
    // A feed has no attendees: it is one user's own read-only view.
    expect(text).not.toContain("ATTENDEE");
  });

  it("is an empty but valid calendar when the user has no meetings", () => {
    const { events, method } = parse(feedIcs([], "Mine møder"));
    expect(method).toBe("PUBLISH");
    expect(events).toHaveLength(0);
  });
});
