// A user's calendar feed, polled by a calendar program without a session: the
// secret token names the user (only its hash is stored). Unknown or revoked
// tokens get 404. Type, times and status only: no case, no names.
import { withAnonymous } from "@/lib/db/with-access";
import { clientIp, hitRateLimits, RATE_RULES, tooManyRequests } from "@/lib/http/rate-limit";
import { feedMeetings } from "@/lib/meetings/calendar-feed";
import { feedIcs } from "@/lib/meetings/ics";
import { appOrigin, ICS_HEADERS, toIcsMeeting } from "@/lib/meetings/ics-meeting";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.replace(/\.ics$/, "");
  // A calendar polls a few times an hour; a script guessing tokens or hammering one feed is refused (ADR 0031).
  const limit = await hitRateLimits([[RATE_RULES.feedPerToken, token], [RATE_RULES.feedPerIp, clientIp(request.headers)]]);
  if (!limit.allowed) return tooManyRequests(limit);
  const meetings = await withAnonymous((db) => feedMeetings(db, token));
  if (!meetings) return new Response("Ikke fundet", { status: 404 });
  const origin = appOrigin(request);
  return new Response(feedIcs(meetings.map((m) => toIcsMeeting(m, origin)), "Samforløb: mine møder"), { headers: ICS_HEADERS });
}
