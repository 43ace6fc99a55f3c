import { describe, expect, it } from "vitest";
import { claimsOf, IDLE_TIMEOUT_SECONDS, isIdle, type SessionClaims } from "@/lib/auth/session-token";

const claims: SessionClaims = {
  userId: "u1", name: "Sofie", email: "s@x.dk", orgId: "o1", orgName: "Vejle", role: "SAGSBEHANDLER",
  memberships: [], lastActivity: Date.UTC(2026, 10, 23, 10, 0),
};

describe("session idle timeout", () => {
  it("is 30 minutes", () => {
    expect(IDLE_TIMEOUT_SECONDS).toBe(1800);
  });

  it("keeps a session used 29 minutes ago and ends one used 31 minutes ago", () => {
    expect(isIdle(claims, claims.lastActivity + 29 * 60_000)).toBe(false);
    expect(isIdle(claims, claims.lastActivity + 31 * 60_000)).toBe(true);
  });

  it("accepts only tokens that name a user and an organisation", () => {
    expect(claimsOf({ claims })).toEqual(claims);
    expect(claimsOf({ claims: { ...claims, orgId: "" } })).toBeNull();
    expect(claimsOf(null)).toBeNull();
    expect(claimsOf({})).toBeNull();
  });
});
