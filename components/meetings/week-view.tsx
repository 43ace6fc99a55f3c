"use client";

import "@schedule-x/theme-default/dist/index.css";
import { createViewDay, createViewWeek } from "@schedule-x/calendar";
import { ScheduleXCalendar, useNextCalendarApp } from "@schedule-x/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { CALENDAR_TIME_ZONE, type CalendarViewProps } from "./calendar-meeting";
import { initialWeekDate, toWeekEvent, WEEK_CALENDARS } from "./week-events";

// The week (Mon-Sun, 07-19, Copenhagen time, Danish, 24-hour) drawn by
// Schedule-X (ADR 0023) rather than a hand-made grid. The library is large, so
// pages load this file with next/dynamic and ssr: false: it is never part of
// another page's first-load JavaScript. Events are the library's own
// focusable role="button" elements; Enter, Space and a click open the
// meeting's page. The agenda list beside it is the text alternative.

// Schedule-X puts aria-label on plain divs (each day column, the all-day row,
// the week navigation), which ARIA forbids (axe: aria-prohibited-attr). As
// role="group" the label becomes valid and useful: a screen reader names the
// day when it enters a day's events. Re-applied as the library re-renders.
function labelGroups(root: HTMLElement) {
  for (const el of root.querySelectorAll("div[aria-label]:not([role])")) el.setAttribute("role", "group");
}

function useAriaGroups() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    labelGroups(root);
    const observer = new MutationObserver(() => labelGroups(root));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return ref;
}

export function WeekView({ meetings, initialDate }: CalendarViewProps) {
  const router = useRouter();
  const ref = useAriaGroups();
  const calendar = useNextCalendarApp({
    views: [createViewWeek(), createViewDay()],
    locale: "da-DK",
    timezone: CALENDAR_TIME_ZONE,
    firstDayOfWeek: 1,
    dayBoundaries: { start: "07:00", end: "19:00" },
    weekOptions: { gridHeight: 720, nDays: 7 },
    selectedDate: initialWeekDate(initialDate),
    calendars: WEEK_CALENDARS,
    events: meetings.map(toWeekEvent),
    callbacks: {
      onEventClick: (event) => {
        if (typeof event.href === "string") router.push(event.href);
      },
    },
  });

  // The calendar is created once; later props replace its events.
  useEffect(() => {
    calendar?.events.set(meetings.map(toWeekEvent));
  }, [calendar, meetings]);

  return (
    <div ref={ref}>
      <ScheduleXCalendar calendarApp={calendar} />
    </div>
  );
}
