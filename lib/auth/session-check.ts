import "server-only";
import type { Role } from "@/lib/access/roles";
import { withSystem } from "@/lib/db/with-access";
import type { SessionClaims } from "./session-token";

/**
 * The database's word on a session cookie: the membership it names still
 * exists and the session was not ended by a sign-out since it was issued.
 * Returns the current role and organisation name, or null. System path: the
 * check decides whether an access context exists at all.
 */
export async function verifySession(claims: SessionClaims): Promise<{ role: Role; orgName: string } | null> {
  const membership = await withSystem((db) =>
    db.membership.findUnique({
      where: { userId_orgId: { userId: claims.userId, orgId: claims.orgId } },
      select: { role: true, org: { select: { name: true } }, user: { select: { sessionVersion: true } } },
    }),
  );
  if (!membership || membership.user.sessionVersion !== (claims.sessionVersion ?? 0)) return null;
  return { role: membership.role, orgName: membership.org.name };
}

/** Ends every session of the user (sign-out). */
export async function endSessions(userId: string): Promise<void> {
  await withSystem((db) => db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } }));
}
