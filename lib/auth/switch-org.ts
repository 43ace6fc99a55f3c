import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { audit } from "@/lib/audit/write";
import { withAccess, withSystem } from "@/lib/db";
import { claimsOf, cookieMaxAgeSeconds, isExpired, sessionCookieName, secureCookies } from "./session-token";

/**
 * Switches the session to another organisation the user is a member of.
 * The membership is checked in the database, not taken from the cookie.
 */
export async function switchOrganization(orgId: string): Promise<boolean> {
  const secret = process.env.NEXTAUTH_SECRET;
  const store = await cookies();
  const raw = store.get(sessionCookieName())?.value;
  if (!secret || !raw) return false;
  const token = await decode({ token: raw, secret }).catch(() => null);
  const claims = claimsOf(token);
  if (!token || !claims || isExpired(claims)) return false;

  const membership = await withSystem((db) =>
    db.membership.findUnique({
      where: { userId_orgId: { userId: claims.userId, orgId } },
      select: { role: true, org: { select: { id: true, name: true } } },
    }),
  );
  if (!membership) return false;

  // issuedAt is carried over: switching organisation never extends the absolute lifetime.
  const now = Date.now();
  const next = { ...claims, orgId, orgName: membership.org.name, role: membership.role, lastActivity: now, issuedAt: claims.issuedAt };
  const maxAge = cookieMaxAgeSeconds(next, now);
  store.set(sessionCookieName(), await encode({ token: { ...token, claims: next }, secret, maxAge }), {
    httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(), maxAge,
  });
  const ctx = { userId: claims.userId, userName: claims.name, orgId, orgName: membership.org.name, role: membership.role };
  await withAccess(ctx, (db) => audit(db, ctx, { action: "auth.switch-org", details: { from: claims.orgId, to: orgId } }));
  return true;
}
