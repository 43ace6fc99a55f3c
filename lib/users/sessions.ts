import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { NotFoundError } from "@/lib/access/errors";
import { ownSessionsWhere } from "@/lib/access/own-records";
import { audit } from "@/lib/audit/write";
import { withAccess } from "@/lib/db/with-access";

// "Mine sessioner": the acting user's own sign-ins, ended one by one
// (ADR 0033). Row-level security shows a user her own sessions only
// (user_session_read), so another user's session id is simply not found.

export type OwnSession = { id: string; userAgent: string | null; createdAt: Date; lastSeenAt: Date; current: boolean };

/** The user's live sessions, newest first; `currentSessionId` marks this browser's. */
export async function listOwnSessions(ctx: AccessContext, currentSessionId: string | undefined): Promise<OwnSession[]> {
  return withAccess(ctx, async (db) => {
    const rows = await db.userSession.findMany({
      where: { ...ownSessionsWhere(ctx), endedAt: null },
      select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
      orderBy: { createdAt: "desc" },
      take: 50,
    });
    return rows.map((row) => ({ ...row, current: row.id === currentSessionId }));
  });
}

/** Ends one of the user's own sessions: that browser is signed out on its next request. */
export async function endOwnSession(ctx: AccessContext, sessionId: string, now = new Date()): Promise<void> {
  await withAccess(ctx, async (db) => {
    const { count } = await db.userSession.updateMany({ where: { ...ownSessionsWhere(ctx), id: sessionId, endedAt: null }, data: { endedAt: now } });
    if (count === 0) throw new NotFoundError("session");
    await audit(db, ctx, { action: "auth.session-end", entityType: "UserSession", entityId: sessionId });
  });
}
