import type { JWT } from "next-auth/jwt";
import type { Role } from "@/lib/access/roles";

/** Idle timeout: a session unused for this long must sign in again. */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;

export type Membership = { orgId: string; orgName: string; role: Role };

/** What the signed session cookie carries. Never secrets, never citizen data. */
export type SessionClaims = {
  userId: string;
  name: string;
  email: string;
  orgId: string;
  orgName: string;
  role: Role;
  memberships: Membership[];
  /** Epoch milliseconds of the last request: drives the idle timeout. */
  lastActivity: number;
};

export function claimsOf(token: JWT | null): SessionClaims | null {
  const claims = token?.claims as SessionClaims | undefined;
  return claims?.userId && claims.orgId ? claims : null;
}

export function isIdle(claims: SessionClaims, now = Date.now()): boolean {
  return now - claims.lastActivity > IDLE_TIMEOUT_SECONDS * 1000;
}

export function secureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}
