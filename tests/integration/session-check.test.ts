import { describe, expect, it } from "vitest";
import { endSession, endSessions, startSession, verifySession } from "@/lib/auth/session-check";
import type { SessionClaims } from "@/lib/auth/session-token";
import { freshTenant, owner } from "./helpers";

function claimsFor(t: Awaited<ReturnType<typeof freshTenant>>, sessionId: string, sessionVersion = 0): SessionClaims {
  return {
    userId: t.user.id, name: t.user.name, email: t.user.email, orgId: t.org.id, orgName: t.org.name, role: "SAGSBEHANDLER",
    memberships: [], lastActivity: Date.now(), issuedAt: Date.now(), sessionVersion, sessionId,
  };
}

describe("the database's word on a session", () => {
  it("accepts a live session, ends one session at sign-out and leaves the others, and refuses a removed membership", async () => {
    const tenant = await freshTenant("Session");
    const here = claimsFor(tenant, await startSession(tenant.user.id, "Firefox"));
    const there = claimsFor(tenant, await startSession(tenant.user.id, "Chrome"));
    expect(await verifySession(here)).toEqual({ role: "SAGSBEHANDLER", orgName: tenant.org.name });

    await endSession(tenant.user.id, here.sessionId!);
    expect(await verifySession(here)).toBeNull();
    expect(await verifySession(there)).not.toBeNull();
    // A cookie without a session row, or naming another user's session, is refused.
    expect(await verifySession({ ...there, sessionId: undefined })).toBeNull();
    const other = await freshTenant("Session Anden");
    expect(await verifySession({ ...claimsFor(other, there.sessionId!) })).toBeNull();

    await owner().membership.deleteMany({ where: { userId: tenant.user.id } });
    expect(await verifySession(there)).toBeNull();
  });

  it("ends every session at once, and a session issued after carries the new version", async () => {
    const tenant = await freshTenant("Sessioner");
    const before = claimsFor(tenant, await startSession(tenant.user.id, undefined));
    await endSessions(tenant.user.id);
    expect(await verifySession(before)).toBeNull();
    expect(await verifySession(claimsFor(tenant, await startSession(tenant.user.id, undefined), 1))).not.toBeNull();
  });
});
