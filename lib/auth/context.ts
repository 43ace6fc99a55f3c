import "server-only";
import { randomUUID } from "node:crypto";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { AccessContext } from "@/lib/access/context";
import { verifySession } from "./session-check";
import { claimsOf, isExpired, sessionCookieName } from "./session-token";

/** The live session cookie's claims, decoded once per request. */
const sessionClaims = cache(async () => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw || !process.env.NEXTAUTH_SECRET) return null;
  const claims = claimsOf(await decode({ token: raw, secret: process.env.NEXTAUTH_SECRET }).catch(() => null));
  return claims && !isExpired(claims) ? claims : null;
});

/**
 * The acting user's AccessContext for this request, or null. The session
 * cookie names an organisation; the membership is re-checked in the database
 * on every request, so a removed membership takes effect at once.
 */
export const getAccessContext = cache(async (): Promise<AccessContext | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;

  const membership = await verifySession(claims);
  if (!membership) return null;
  return {
    userId: claims.userId,
    userName: claims.name,
    orgId: claims.orgId,
    orgName: membership.orgName,
    role: membership.role,
    requestId: (await headers()).get("x-request-id") ?? randomUUID(),
  };
});

/** For pages and actions: the context, or a redirect to the login page. */
export async function requireAccess(): Promise<AccessContext> {
  const ctx = await getAccessContext();
  if (!ctx) redirect("/login");
  return ctx;
}

/** The memberships offered by the organisation switcher. */
export async function currentMemberships() {
  return (await sessionClaims())?.memberships ?? [];
}

/** This browser's session id, to mark it on "Mine sessioner". */
export async function currentSessionId(): Promise<string | undefined> {
  return (await sessionClaims())?.sessionId;
}
