import "server-only";
import type { Role } from "@/lib/access/roles";
import { withSystem } from "@/lib/db/with-access";
import type { SessionClaims } from "./session-token";

/** How often a live session's "last seen" is written: often enough for "Mine sessioner", rarely enough to cost nothing. */
const LAST_SEEN_EVERY_MS = 5 * 60_000;

/**
 * The database's word on a session cookie: its session row is still open, the
 * account is active and was not deactivated since (session version), and the
 * membership it names still exists. Returns the current role and organisation
 * name, or null. One query. System path: the check decides whether an access
 * context exists at all.
 */
export async function verifySession(claims: SessionClaims, now = new Date()): Promise<{ role: Role; orgName: string } | null> {
  if (!claims.sessionId) return null;
  const session = await withSystem((db) =>
    db.userSession.findUnique({
      where: { id: claims.sessionId },
      select: {
        userId: true, endedAt: true, lastSeenAt: true,
        user: {
          select: {
            sessionVersion: true, deactivatedAt: true,
            memberships: { where: { orgId: claims.orgId }, select: { role: true, org: { select: { name: true } } } },
          },
        },
      },
    }),
  );
  const membership = session?.user.memberships[0];
  if (!session || !membership || session.userId !== claims.userId || session.endedAt || session.user.deactivatedAt) return null;
  if (session.user.sessionVersion !== (claims.sessionVersion ?? 0)) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await withSystem((db) => db.userSession.update({ where: { id: claims.sessionId }, data: { lastSeenAt: now }, select: { id: true } }));
  }
  return { role: membership.role, orgName: membership.org.name };
}

/** Opens a session row at sign-in; the cookie carries its id. */
export async function startSession(userId: string, userAgent: string | undefined): Promise<string> {
  const row = await withSystem((db) =>
    db.userSession.create({ data: { userId, userAgent: userAgent?.slice(0, 200) || null }, select: { id: true } }),
  );
  return row.id;
}

/** Ends one session (sign-out on this browser): other browsers stay signed in. */
export async function endSession(userId: string, sessionId: string): Promise<void> {
  await withSystem((db) => db.userSession.updateMany({ where: { id: sessionId, userId, endedAt: null }, data: { endedAt: new Date() } }));
}

/** Ends every session of the user at once. */
export async function endSessions(userId: string): Promise<void> {
  await withSystem(async (db) => {
    await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
    await db.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
  });
}
