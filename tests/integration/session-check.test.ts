import { describe, expect, it } from "vitest";
import { endSessions, verifySession } from "@/lib/auth/session-check";
import type { SessionClaims } from "@/lib/auth/session-token";
import { freshTenant, owner } from "./helpers";

function claimsFor(t: Awaited<ReturnType<typeof freshTenant>>, sessionVersion: number): SessionClaims {
  return {
    userId: t.user.id, name: t.user.name, email: t.user.email, orgId: t.org.id, orgName: t.org.name, role: "SAGSBEHANDLER",
    memberships: [], lastActivity: Date.now(), issuedAt: Date.now(), sessionVersion,
  };
}

describe("the database's word on a session", () => {
  it("accepts a live session, ends every session at sign-out, and refuses a removed membership", async () => {
    const tenant = await freshTenant("Session");
    const before = claimsFor(tenant, 0);
    expect(await verifySession(before)).toEqual({ role: "SAGSBEHANDLER", orgName: tenant.org.name });

    await endSessions(tenant.user.id);
    expect(await verifySession(before)).toBeNull();
    // A session issued after the sign-out carries the new version and works.
    expect(await verifySession(claimsFor(tenant, 1))).not.toBeNull();

    await owner().membership.deleteMany({ where: { userId: tenant.user.id } });
    expect(await verifySession(claimsFor(tenant, 1))).toBeNull();
  });
});
