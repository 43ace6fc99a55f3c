import type { JWT } from "next-auth/jwt";
import type { Role } from "@/lib/access/roles";

/** Idle timeout: a session unused for this long must sign in again. */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;

/** Absolute lifetime: however active, a session must sign in again after this long. */
export const ABSOLUTE_LIFETIME_HOURS = 12;

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
  /** Epoch milliseconds of the sign-in: drives the absolute lifetime. Kept on refresh and org switch. */
  issuedAt: number;
  /** The user's session version at sign-in: a deactivation bumps it and ends this session (session-check.ts). */
  sessionVersion?: number;
  /** The UserSession row of this sign-in: ending it (sign-out, "Mine sessioner") ends this session alone. */
  sessionId?: string;
};

export function claimsOf(token: JWT | null): SessionClaims | null {
  const claims = token?.claims as SessionClaims | undefined;
  return claims?.userId && claims.orgId ? claims : null;
}

export function isIdle(claims: SessionClaims, now = Date.now()): boolean {
  return now - claims.lastActivity > IDLE_TIMEOUT_SECONDS * 1000;
}

/**
 * True when the session must end: idle for more than the idle timeout, or
 * older than the absolute lifetime. A token without a valid issuedAt (made
 * before the lifetime existed, or tampered) counts as expired.
 */
export function isExpired(claims: SessionClaims, now = Date.now()): boolean {
  const { issuedAt, lastActivity } = claims as Partial<SessionClaims>;
  if (typeof issuedAt !== "number" || !Number.isFinite(issuedAt)) return true;
  if (typeof lastActivity !== "number" || !Number.isFinite(lastActivity)) return true;
  if (isIdle(claims, now)) return true;
  return now - issuedAt > ABSOLUTE_LIFETIME_HOURS * 60 * 60 * 1000;
}

/**
 * Seconds the session cookie may still live: the idle timeout, capped by
 * what is left of the absolute lifetime.
 */
export function cookieMaxAgeSeconds(claims: SessionClaims, now = Date.now()): number {
  const left = Math.floor((claims.issuedAt + ABSOLUTE_LIFETIME_HOURS * 60 * 60 * 1000 - now) / 1000);
  return Math.max(0, Math.min(IDLE_TIMEOUT_SECONDS, left));
}

/** Whether the public URL is https: the session cookie is Secure, and HSTS is sent. */
export function secureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

/** The public base URL (NEXTAUTH_URL) without a trailing slash, for links the app hands out. */
export function publicBaseUrl(): string {
  return (process.env.NEXTAUTH_URL ?? "").replace(/\/+$/, "");
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}
