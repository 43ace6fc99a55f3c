import "server-only";
import type { MeetingStatus, MeetingType } from "@/lib/db/types";
import { icsTitle, type IcsMeeting } from "./ics";

// A meeting row as a calendar event: the type as title, the link as the
// whole description (lib/meetings/ics.ts carries no personal data by design).
// Links point at NEXTAUTH_URL, the address users sign in at; without it, at
// the address the request came in on.

export function appOrigin(request: Request): string {
  return (process.env.NEXTAUTH_URL ?? new URL(request.url).origin).replace(/\/$/, "");
}

/** The no-reply organiser: answers are given in the app. */
export function organizer(origin: string): IcsMeeting["organizer"] {
  return { name: "Samforløb", email: process.env.MAIL_FROM ?? `noreply@${new URL(origin).hostname}` };
}

export function toIcsMeeting(
  row: { id: string; type: MeetingType | string; status: MeetingStatus | string; startsAt: Date; endsAt: Date; sequence: number; updatedAt: Date; location?: string | null },
  origin: string,
): IcsMeeting {
  return {
    uid: `${row.id}@samforloeb`, sequence: row.sequence, status: row.status === "CANCELLED" ? "CANCELLED" : "PLANNED",
    title: icsTitle(row.type as MeetingType), startsAt: row.startsAt, endsAt: row.endsAt, url: `${origin}/moeder/${row.id}`,
    location: row.location ?? undefined, organizer: organizer(origin), updatedAt: row.updatedAt,
  };
}

export const ICS_HEADERS = { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "no-store" } as const;
