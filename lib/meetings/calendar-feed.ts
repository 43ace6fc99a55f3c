import "server-only";
import { hashSecretToken, newSecretToken } from "@/lib/auth/secret-token";
import type { AccessContext } from "@/lib/access/context";
import { audit } from "@/lib/audit/write";
import type { Db } from "@/lib/db/types";

// A user's personal calendar feed (issue 10 item 5): a URL with a secret
// token that a calendar program polls without a session. Only the token's
// SHA-256 is stored; the token is shown once, when made. Revoking answers
// 404 from then on. One live feed per user: a new one revokes the old.

/** Tokens are 32 random bytes, base64url: a malformed one is rejected before any query. */
export function isFeedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export async function createFeed(db: Db, ctx: AccessContext): Promise<{ token: string }> {
  await db.calendarFeed.updateMany({ where: { userId: ctx.userId, revokedAt: null }, data: { revokedAt: new Date() } });
  const token = newSecretToken();
  const feed = await db.calendarFeed.create({ data: { userId: ctx.userId, tokenHash: hashSecretToken(token) }, select: { id: true } });
  await audit(db, ctx, { action: "calendar-feed.create", entityType: "CalendarFeed", entityId: feed.id });
  return { token };
}

export async function revokeFeeds(db: Db, ctx: AccessContext): Promise<number> {
  const { count } = await db.calendarFeed.updateMany({ where: { userId: ctx.userId, revokedAt: null }, data: { revokedAt: new Date() } });
  await audit(db, ctx, { action: "calendar-feed.revoke", entityType: "CalendarFeed", details: { count } });
  return count;
}

export async function hasLiveFeed(db: Db, ctx: AccessContext): Promise<boolean> {
  return (await db.calendarFeed.count({ where: { userId: ctx.userId, revokedAt: null } })) > 0;
}

export type FeedMeeting = { id: string; type: string; startsAt: Date; endsAt: Date; status: "PLANNED" | "CANCELLED"; sequence: number; updatedAt: Date };

/** The feed's meetings, through the SECURITY DEFINER function (no session): null when the token is unknown or revoked. */
export async function feedMeetings(db: Db, token: string): Promise<FeedMeeting[] | null> {
  if (!isFeedToken(token)) return null;
  const hash = hashSecretToken(token);
  const [live] = await db.$queryRaw<{ ok: boolean }[]>`SELECT app_calendar_feed_exists(${hash}) AS ok`;
  if (!live?.ok) return null;
  return db.$queryRaw<FeedMeeting[]>`
    SELECT id::text AS id, type::text AS type, "startsAt", "endsAt", status::text AS status, sequence, "updatedAt"
    FROM app_calendar_feed(${hash})`;
}
