import type { Metadata } from "next";
import { AgendaList } from "@/components/meetings/agenda-list";
import { CalendarFeedPanel } from "@/components/meetings/calendar-feed-panel";
import type { CalendarMeeting } from "@/components/meetings/calendar-meeting";
import { LazyWeekView } from "@/components/meetings/week-view-lazy";
import { inputClass } from "@/components/ui/field";
import { requireAccess } from "@/lib/auth/context";
import { withAccess } from "@/lib/db/with-access";
import { MEETING_TYPE_INFO } from "@/lib/domain/meetings/types";
import { hasLiveFeed } from "@/lib/meetings/calendar-feed";
import { listMyMeetings } from "@/lib/meetings/queries";

export const metadata: Metadata = { title: "Mine møder" };

export default async function MyMeetingsPage() {
  const ctx = await requireAccess();
  const now = new Date();
  const { meetings, hasFeed } = await withAccess(ctx, async (db) => ({
    meetings: await listMyMeetings(db, ctx, now), hasFeed: await hasLiveFeed(db, ctx),
  }));
  const items: CalendarMeeting[] = meetings.map((m) => ({
    id: m.id, title: `${MEETING_TYPE_INFO[m.type].label} · ${m.caseNumber}`, start: m.startsAt.toISOString(), end: m.endsAt.toISOString(),
    cancelled: m.status === "CANCELLED", href: `/moeder/${m.id}`,
  }));
  const upcoming = items.filter((m) => new Date(m.end) >= now);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Mine møder</h1>
      <p className="text-slate-700">Møder, du er inviteret til.</p>
      <form action="/sager" method="get" role="search" aria-labelledby="nyt-moede-titel" className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-5">
        <h2 id="nyt-moede-titel" className="text-lg font-semibold">Nyt møde</h2>
        <p className="text-slate-700">Et møde indkaldes på sagen: find den, og vælg &quot;Nyt møde&quot; på sagen.</p>
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col gap-1">
            <span className="font-medium">Sagsnummer eller navn</span>
            <input name="q" className={inputClass} placeholder="fx SF-000123" />
          </label>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">Find sagen</button>
        </div>
      </form>
      <section aria-labelledby="kommende-titel" className="rounded-lg border border-slate-300 bg-white p-5">
        <h2 id="kommende-titel" className="mb-3 text-lg font-semibold">Kommende møder</h2>
        <AgendaList meetings={upcoming} empty="Du er ikke inviteret til kommende møder." />
      </section>
      <section aria-labelledby="uge-titel" className="rounded-lg border border-slate-300 bg-white p-5">
        <h2 id="uge-titel" className="mb-3 text-lg font-semibold">Ugevisning</h2>
        <LazyWeekView meetings={items} />
      </section>
      <CalendarFeedPanel hasFeed={hasFeed} />
    </div>
  );
}
