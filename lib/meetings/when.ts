import { atCopenhagen, copenhagenDay } from "@/lib/domain/calendar";
import { formatTime } from "@/lib/format";

// A meeting's time as the form has it (Copenhagen day, 24-hour wall clock,
// minutes) and back: the one place the meeting forms convert.

// Also read by the client form (no zod here).
/** A real calendar day in a year a meeting can have (a half-typed year like 0020 is not one). */
export function isMeetingDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, date));
  return year >= 2000 && year <= 2100 && d.getUTCMonth() === month - 1 && d.getUTCDate() === date;
}
export type MeetingWhen = { date: string; time: string; durationMinutes: number };

export function meetingInterval(when: MeetingWhen): { startsAt: Date; endsAt: Date } {
  const [hours, minutes] = when.time.split(":").map(Number);
  const startsAt = atCopenhagen(when.date, { hours, minutes });
  return { startsAt, endsAt: new Date(startsAt.getTime() + when.durationMinutes * 60_000) };
}

export function meetingWhenOf(startsAt: Date, endsAt: Date): MeetingWhen {
  return {
    date: copenhagenDay(startsAt),
    time: formatTime(startsAt),
    durationMinutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000),
  };
}
