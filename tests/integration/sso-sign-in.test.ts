// Single sign-on's rules in the database (ADR 0034): a pre-provisioned user is
// linked by issuer + subject on her first sign-in (by e-mail) and loses her
// local password; later sign-ins go by issuer + subject alone; nobody is
// created from a token; no membership, or a deactivated account, is refused;
// every outcome is audited.
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { signInWithSso } from "@/lib/auth/sso-sign-in";
import { createUser } from "@/tests/fixtures/factories";
import { freshTenant, owner } from "./helpers";

const ISSUER = "https://idp.kommune.test";

describe("signInWithSso", () => {
  it("links a pre-provisioned user by e-mail once, then by issuer and subject, and removes her local password", async () => {
    const tenant = await freshTenant("SSO Kommune");
    await owner().user.update({ where: { id: tenant.user.id }, data: { passwordHash: await hashPassword("lokal-adgangskode-1") } });

    const first = await signInWithSso({ issuer: ISSUER, subject: "sub-1", email: tenant.user.email.toUpperCase() });
    expect(first).toMatchObject({ ok: true, user: { id: tenant.user.id, memberships: [{ orgId: tenant.org.id, role: "SAGSBEHANDLER" }] } });
    const user = await owner().user.findUniqueOrThrow({ where: { id: tenant.user.id }, include: { identities: true } });
    expect(user.passwordHash).toBeNull();
    expect(user.identities.map((i) => [i.issuer, i.subject])).toEqual([[ISSUER, "sub-1"]]);

    // The subject decides from now on: a changed e-mail claim does not matter, another subject with her e-mail is not her.
    expect(await signInWithSso({ issuer: ISSUER, subject: "sub-1", email: "noget-andet@test.samforloeb" })).toMatchObject({ ok: true });
    expect(await signInWithSso({ issuer: ISSUER, subject: "sub-2", email: tenant.user.email })).toEqual({ ok: false, reason: "UNKNOWN_USER" });
    const audits = await owner().auditEvent.findMany({ where: { userId: tenant.user.id }, select: { action: true, details: true } });
    expect(audits.filter((a) => a.action === "auth.login")).toHaveLength(2);
  });

  it("creates nobody from a token, and refuses a user with no membership or a deactivated one", async () => {
    const users = await owner().user.count();
    expect(await signInWithSso({ issuer: ISSUER, subject: "ukendt", email: "ukendt@test.samforloeb" })).toEqual({ ok: false, reason: "UNKNOWN_USER" });
    expect(await signInWithSso({ issuer: ISSUER, subject: "uden-email", email: undefined })).toEqual({ ok: false, reason: "UNKNOWN_USER" });
    expect(await owner().user.count()).toBe(users);

    const loner = await createUser(owner(), { passwordHash: "x", memberships: [] });
    expect(await signInWithSso({ issuer: ISSUER, subject: "loner", email: loner.email })).toEqual({ ok: false, reason: "NO_MEMBERSHIP" });
    expect(await owner().membership.count({ where: { userId: loner.id } })).toBe(0);

    const gone = await freshTenant("SSO Deaktiveret");
    await owner().user.update({ where: { id: gone.user.id }, data: { deactivatedAt: new Date() } });
    expect(await signInWithSso({ issuer: ISSUER, subject: "gone", email: gone.user.email })).toEqual({ ok: false, reason: "DEACTIVATED" });
    const refused = await owner().auditEvent.findMany({ where: { action: "auth.login-failed", userId: { in: [loner.id, gone.user.id] } } });
    expect(refused.map((a) => (a.details as { reason: string }).reason).sort()).toEqual(["DEACTIVATED", "NO_MEMBERSHIP"]);
  });
});
