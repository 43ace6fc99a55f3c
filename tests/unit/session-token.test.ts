import { describe, expect, it } from "vitest";
import {
  ABSOLUTE_LIFETIME_HOURS,
  claimsOf,
  cookieMaxAgeSeconds,
  IDLE_TIMEOUT_SECONDS,
  isExpired,
  isIdle,
  type SessionClaims,
} from "@/lib/auth/session-token";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const signedInAt = Date.UTC(2026, 10, 23, 10, 0);
const claims: SessionClaims = {
  userId: "u1", name: "Sofie", email: "s@x.dk", orgId: "o1", orgName: "Vejle", role: "SAGSBEHANDLER",
  memberships: [], lastActivity: signedInAt, issuedAt: signedInAt,
};

describe("session idle timeout", () => {
  it("is 30 minutes", () => {
    expect(IDLE_TIMEOUT_SECONDS).toBe(1800);
  });

  it("keeps a session used 29 minutes ago and ends one used 31 minutes ago", () => {
    expect(isIdle(claims, claims.lastActivity + 29 * MINUTE)).toBe(false);
    expect(isIdle(claims, claims.lastActivity + 31 * MINUTE)).toBe(true);
    expect(isExpired(claims, claims.lastActivity + 29 * MINUTE)).toBe(false);
    expect(isExpired(claims, claims.lastActivity + 31 * MINUTE)).toBe(true);
  });

  it("accepts only tokens that name a user and an organisation", () => {
    expect(claimsOf({ claims })).toEqual(claims);
    expect(claimsOf({ claims: { ...claims, orgId: "" } })).toBeNull();
    expect(claimsOf(null)).toBeNull();
    expect(claimsOf({})).toBeNull();
  });
});

describe("session absolute lifetime", () => {
  it("is 12 hours", () => {
    expect(ABSOLUTE_LIFETIME_HOURS).toBe(12);
  });

  it("ends a session 12 hours after sign-in even when it was used a minute ago", () => {
    const busy = { ...claims, lastActivity: signedInAt + 12 * HOUR };
    expect(isExpired(busy, signedInAt + 12 * HOUR - MINUTE)).toBe(false);
    expect(isExpired(busy, signedInAt + 12 * HOUR + MINUTE)).toBe(true);
    // A refresh that slides lastActivity forever does not keep it alive.
    const refreshedLate = { ...claims, lastActivity: signedInAt + 13 * HOUR };
    expect(isExpired(refreshedLate, signedInAt + 13 * HOUR)).toBe(true);
  });

  it("treats a token without a valid issuedAt as expired", () => {
    const { issuedAt: _drop, ...legacy } = claims;
    void _drop;
    expect(isExpired(legacy as SessionClaims, signedInAt + MINUTE)).toBe(true);
    expect(isExpired({ ...claims, issuedAt: Number.NaN }, signedInAt + MINUTE)).toBe(true);
    expect(isExpired({ ...claims, issuedAt: "0" as unknown as number }, signedInAt + MINUTE)).toBe(true);
  });

  it("never gives the cookie more time than the idle timeout or what is left of the lifetime", () => {
    expect(cookieMaxAgeSeconds(claims, signedInAt + MINUTE)).toBe(IDLE_TIMEOUT_SECONDS);
    expect(cookieMaxAgeSeconds(claims, signedInAt + 12 * HOUR - 10 * MINUTE)).toBe(600);
    expect(cookieMaxAgeSeconds(claims, signedInAt + 13 * HOUR)).toBe(0);
  });
});
