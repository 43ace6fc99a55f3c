import { atCopenhagen, copenhagenDay } from "@/lib/domain/calendar";
import { formatTime } from "@/lib/format";
import { isIsoDay } from "@/lib/validation/iso-day";

// A meeting's time as the form has it (Copenhagen day, 24-hour wall clock,
// minutes) and back: the one place the meeting forms convert.

// Also read by the client form (no zod here).
/** A real calendar day in a year a meeting can have (a half-typed year like 0020 is not one). */
export function isMeetingDay(value: string): boolean {
  return isIsoDay(value) && value >= "2000-01-01" && value <= "2100-12-31";
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
