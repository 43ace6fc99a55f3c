import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AgendaList } from "@/components/meetings/agenda-list";
import type { CalendarMeeting } from "@/components/meetings/calendar-meeting";
import { CANCELLED, initialWeekDate, PLANNED, toWeekEvent } from "@/components/meetings/week-events";

// The two meeting views' pure parts: the agenda list rendered to HTML on the
// server, and the mapping the week view hands to Schedule-X. The calendar's
// own rendering and keyboard use are for the e2e tier.

const meetings: CalendarMeeting[] = [
  // Thursday 00:30 in Copenhagen, though still Wednesday in UTC.
  {
    id: "late",
    title: "Netværksmøde (Samforløb)",
    start: "2027-01-13T23:30:00Z",
    end: "2027-01-14T00:30:00Z",
    cancelled: false,
    href: "/moeder/late",
  },
  {
    id: "winter",
    title: "Koordinationsmøde (Samforløb)",
    start: new Date("2027-01-13T09:00:00Z"),
    end: new Date("2027-01-13T10:00:00Z"),
    cancelled: false,
    href: "/moeder/winter",
  },
  {
    id: "summer",
    title: "Terminsmøde (Samforløb)",
    start: "2027-07-14T08:00:00Z",
    end: "2027-07-14T09:30:00Z",
    cancelled: true,
    href: "/moeder/summer",
  },
];

describe("AgendaList", () => {
  const html = renderToStaticMarkup(createElement(AgendaList, { meetings }));

  it("groups by Copenhagen day under Danish headings, earliest first", () => {
    const headings = [...html.matchAll(/<h3[^>]*>([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(headings).toEqual(["Onsdag 13. januar 2027", "Torsdag 14. januar 2027", "Onsdag 14. juli 2027"]);
  });

  it("writes 24-hour Copenhagen times in winter and summer", () => {
    expect(html).toContain("10:00–11:00");
    expect(html).toContain("00:30–01:30");
    expect(html).toContain("10:00–11:30");
  });

  it("links each title to its meeting and tags a cancelled one Aflyst in words", () => {
    expect(html).toMatch(/<a[^>]*href="\/moeder\/winter"[^>]*>Koordinationsmøde \(Samforløb\)<\/a>/);
    expect(html.match(/>Aflyst</g)).toHaveLength(1);
    expect(html).toMatch(/href="\/moeder\/summer"[^>]*>Terminsmøde \(Samforløb\)<\/a><span[^>]*>Aflyst<\/span>/);
  });

  it("says so when there are no meetings", () => {
    expect(renderToStaticMarkup(createElement(AgendaList, { meetings: [], empty: "Du har ingen møder." }))).toBe(
      "<p>Du har ingen møder.</p>",
    );
  });
});

describe("the week view's events", () => {
  it("are Copenhagen wall-clock times: 10:00 is 09:00Z in January and 08:00Z in July", () => {
    const winter = toWeekEvent(meetings[1]!);
    const summer = toWeekEvent(meetings[2]!);
    expect(winter.start.toString()).toBe("2027-01-13T10:00:00+01:00[Europe/Copenhagen]");
    expect(summer.start.toString()).toBe("2027-07-14T10:00:00+02:00[Europe/Copenhagen]");
    expect(summer.end.toString()).toBe("2027-07-14T11:30:00+02:00[Europe/Copenhagen]");
  });

  it("keep a cancelled meeting, say Aflyst in the title and grey it", () => {
    expect(toWeekEvent(meetings[2]!)).toMatchObject({
      title: "Aflyst: Terminsmøde (Samforløb)",
      calendarId: CANCELLED,
      href: "/moeder/summer",
    });
    expect(toWeekEvent(meetings[1]!)).toMatchObject({
      title: "Koordinationsmøde (Samforløb)",
      calendarId: PLANNED,
      href: "/moeder/winter",
    });
  });

  it("open on the given week, else today in Copenhagen", () => {
    expect(initialWeekDate("2027-01-13").toString()).toBe("2027-01-13");
    expect(initialWeekDate(undefined).toString()).toBe(
      new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date()),
    );
  });
});
