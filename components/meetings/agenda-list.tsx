import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { da } from "date-fns/locale";
import Link from "next/link";
import { byStart, CALENDAR_TIME_ZONE, toDate, type CalendarMeeting, type CalendarViewProps } from "./calendar-meeting";

// Meetings as a plain list grouped by day, in Copenhagen time whatever the
// server's zone. Server-rendered and without JavaScript: the text alternative
// to the week view, and the view that works on a phone. "Aflyst" is written
// out, not only shown by colour or strike-through.

function local(value: Date | string): TZDate {
  return new TZDate(toDate(value), CALENDAR_TIME_ZONE);
}

function dayHeading(day: TZDate): string {
  const text = format(day, "EEEE d. MMMM yyyy", { locale: da });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function groupByDay(meetings: CalendarMeeting[]): { key: string; heading: string; meetings: CalendarMeeting[] }[] {
  const days = new Map<string, { key: string; heading: string; meetings: CalendarMeeting[] }>();
  for (const meeting of [...meetings].sort(byStart)) {
    const start = local(meeting.start);
    const key = format(start, "yyyy-MM-dd");
    const day = days.get(key) ?? { key, heading: dayHeading(start), meetings: [] };
    day.meetings.push(meeting);
    days.set(key, day);
  }
  return [...days.values()];
}

export function AgendaList({ meetings, empty = "Ingen møder." }: CalendarViewProps & { empty?: string }) {
  if (meetings.length === 0) return <p>{empty}</p>;
  return (
    <div className="space-y-5">
      {groupByDay(meetings).map((day) => (
        <section key={day.key} aria-labelledby={`agenda-${day.key}`}>
          <h3 id={`agenda-${day.key}`} className="mb-2 border-b border-slate-300 pb-1 font-semibold">
            {day.heading}
          </h3>
          <ul className="space-y-2">
            {day.meetings.map((m) => (
              <li key={m.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <span className="w-28 shrink-0 tabular-nums">
                  {format(local(m.start), "HH:mm")}–{format(local(m.end), "HH:mm")}
                </span>
                <Link href={m.href} className={`text-brand-700 underline ${m.cancelled ? "line-through" : ""}`}>
                  {m.title}
                </Link>
                {m.cancelled && (
                  <span className="rounded border border-slate-500 bg-slate-100 px-1.5 py-0.5 text-sm font-semibold text-slate-800">
                    Aflyst
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
