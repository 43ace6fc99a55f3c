// User administration as the runtime role (ADR 0033): an administrator
// creates users, changes roles and memberships, deactivates (sessions end at
// once), makes a one-time set-password link and resets TOTP, in her own
// organisation only, every change audited. Another organisation's
// administrator gets NotFound and changes nothing; other roles are refused,
// in the app and in the database; an administrator still reads no cases.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { startSession, verifySession } from "@/lib/auth/session-check";
import { signIn } from "@/lib/auth/sign-in";
import type { SessionClaims } from "@/lib/auth/session-token";
import { listCases } from "@/lib/cases/queries";
import {
  createOrgUser, listOrgUsers, makePasswordLink, removeOrgMembership, resetOrgUserTotp, setOrgUserActive, setOrgUserRole,
} from "@/lib/users/admin";
import { openPasswordLink, redeemPasswordLink } from "@/lib/users/password-token";
import { contextFor, createUser } from "@/tests/fixtures/factories";
import { DUMMY_PASSWORD_HASH, freshTenant, owner, rawAsRuntime, type Tenant } from "./helpers";

let admin: Tenant;
let otherAdmin: Tenant;
const PASSWORD = "Lang-nok-adgangskode-2026";

const tokenOf = (url: string) => url.split("/adgangskode/")[1]!;
const snapshot = async (userId: string) =>
  owner().user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true, passwordTokens: true } });

beforeAll(async () => {
  admin = await freshTenant("Brugeradm Kommune", "ADMIN");
  otherAdmin = await freshTenant("Brugeradm Anden", "ADMIN");
});

describe("an administrator in her own organisation", () => {
  it("creates a user without a password, lists her, changes her role, and every step is audited", async () => {
    const email = `ny-${admin.org.id.slice(0, 8)}@test.samforloeb`;
    const { userId } = await createOrgUser(admin.ctx, { email, name: "Ny Kollega", role: "SAGSBEHANDLER" });
    const users = await listOrgUsers(admin.ctx);
    expect(users.find((u) => u.id === userId)).toEqual({ id: userId, name: "Ny Kollega", email, role: "SAGSBEHANDLER", active: true, totp: false });
    expect((await snapshot(userId)).passwordHash).toBeNull();
    expect(await signIn({ email, password: "hvad-som-helst" })).toEqual({ ok: false, reason: "INVALID" });

    await setOrgUserRole(admin.ctx, userId, "LEDER");
    expect((await snapshot(userId)).memberships).toMatchObject([{ orgId: admin.org.id, role: "LEDER" }]);

    const audits = await owner().auditEvent.findMany({ where: { orgId: admin.org.id, entityId: userId }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.action, a.details])).toEqual([
      ["user.create", { role: "SAGSBEHANDLER" }],
      ["user.role-change", { from: "SAGSBEHANDLER", to: "LEDER" }],
    ]);
    expect(await owner().auditEvent.count({ where: { orgId: admin.org.id, action: "user.list" } })).toBeGreaterThan(0);
  });

  it("refuses an e-mail already in use, and changes nothing", async () => {
    const count = await owner().user.count();
    await expect(createOrgUser(admin.ctx, { email: otherAdmin.user.email, name: "Kopi", role: "ADMIN" })).rejects.toBeInstanceOf(ValidationError);
    expect(await owner().user.count()).toBe(count);
    expect(await owner().membership.count({ where: { userId: otherAdmin.user.id } })).toBe(1);
  });

  it("makes a one-time link that sets the password once, expires, and is replaced by a newer one", async () => {
    const { userId } = await createOrgUser(admin.ctx, { email: `link-${admin.org.id.slice(0, 8)}@test.samforloeb`, name: "Link Bruger", role: "BEHANDLER" });
    const first = await makePasswordLink(admin.ctx, userId);
    const second = await makePasswordLink(admin.ctx, userId);
    expect(await openPasswordLink(tokenOf(first.url))).toBeNull();
    expect(await openPasswordLink(tokenOf(second.url))).toMatchObject({ userId, name: "Link Bruger" });
    // Only the hash is stored.
    expect((await snapshot(userId)).passwordTokens.map((t) => t.tokenHash)).not.toContain(tokenOf(second.url));

    await redeemPasswordLink(tokenOf(second.url), PASSWORD);
    const signedIn = await signIn({ email: `link-${admin.org.id.slice(0, 8)}@test.samforloeb`, password: PASSWORD });
    expect(signedIn.ok).toBe(true);
    await expect(redeemPasswordLink(tokenOf(second.url), "En-helt-anden-kode-99")).rejects.toBeInstanceOf(ValidationError);

    const late = await makePasswordLink(admin.ctx, userId, new Date(Date.now() - 25 * 3_600_000));
    expect(await openPasswordLink(tokenOf(late.url))).toBeNull();
    await expect(redeemPasswordLink(tokenOf(late.url), "En-helt-anden-kode-99")).rejects.toBeInstanceOf(ValidationError);
  });

  it("deactivates a user: her sessions end at once and she cannot sign in; reactivation lets her in again", async () => {
    const { userId } = await createOrgUser(admin.ctx, { email: `deak-${admin.org.id.slice(0, 8)}@test.samforloeb`, name: "Deak Bruger", role: "SAGSBEHANDLER" });
    const link = await makePasswordLink(admin.ctx, userId);
    await redeemPasswordLink(tokenOf(link.url), PASSWORD);
    const claims: SessionClaims = {
      userId, name: "Deak Bruger", email: "x", orgId: admin.org.id, orgName: admin.org.name, role: "SAGSBEHANDLER",
      memberships: [], lastActivity: Date.now(), issuedAt: Date.now(), sessionVersion: (await snapshot(userId)).sessionVersion,
      sessionId: await startSession(userId, "test"),
    };
    expect(await verifySession(claims)).not.toBeNull();

    await setOrgUserActive(admin.ctx, userId, false);
    expect(await verifySession(claims)).toBeNull();
    expect(await signIn({ email: `deak-${admin.org.id.slice(0, 8)}@test.samforloeb`, password: PASSWORD })).toEqual({ ok: false, reason: "INVALID" });
    expect((await listOrgUsers(admin.ctx)).find((u) => u.id === userId)?.active).toBe(false);

    await setOrgUserActive(admin.ctx, userId, true);
    expect((await signIn({ email: `deak-${admin.org.id.slice(0, 8)}@test.samforloeb`, password: PASSWORD })).ok).toBe(true);
  });

  it("removes a membership; an account also used by another organisation is changed only there", async () => {
    const shared = await createUser(owner(), {
      passwordHash: DUMMY_PASSWORD_HASH,
      memberships: [{ orgId: admin.org.id, role: "SAGSBEHANDLER" }, { orgId: otherAdmin.org.id, role: "SAGSBEHANDLER" }],
    });
    await expect(setOrgUserActive(admin.ctx, shared.id, false)).rejects.toBeInstanceOf(ValidationError);
    await expect(makePasswordLink(admin.ctx, shared.id)).rejects.toBeInstanceOf(ValidationError);
    await expect(resetOrgUserTotp(admin.ctx, shared.id)).rejects.toBeInstanceOf(ValidationError);
    expect((await snapshot(shared.id)).deactivatedAt).toBeNull();

    await removeOrgMembership(admin.ctx, shared.id);
    expect((await snapshot(shared.id)).memberships.map((m) => m.orgId)).toEqual([otherAdmin.org.id]);
  });

  it("cannot remove, deactivate or demote herself", async () => {
    await expect(removeOrgMembership(admin.ctx, admin.user.id)).rejects.toBeInstanceOf(ValidationError);
    await expect(setOrgUserActive(admin.ctx, admin.user.id, false)).rejects.toBeInstanceOf(ValidationError);
    await expect(setOrgUserRole(admin.ctx, admin.user.id, "SAGSBEHANDLER")).rejects.toBeInstanceOf(ValidationError);
  });

  it("still reads no cases", async () => {
    await expect(listCases(admin.ctx, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("outsiders", () => {
  it("another organisation's administrator gets NotFound for every change, and nothing changes", async () => {
    const { userId } = await createOrgUser(admin.ctx, { email: `mål-${admin.org.id.slice(0, 8)}@test.samforloeb`.replace("å", "aa"), name: "Mål Bruger", role: "SAGSBEHANDLER" });
    const before = await snapshot(userId);
    const audits = await owner().auditEvent.count({ where: { entityId: userId } });
    for (const attempt of [
      () => setOrgUserRole(otherAdmin.ctx, userId, "ADMIN"),
      () => removeOrgMembership(otherAdmin.ctx, userId),
      () => setOrgUserActive(otherAdmin.ctx, userId, false),
      () => makePasswordLink(otherAdmin.ctx, userId),
      () => resetOrgUserTotp(otherAdmin.ctx, userId),
    ]) {
      await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await snapshot(userId)).toEqual(before);
    expect(await owner().auditEvent.count({ where: { entityId: userId } })).toBe(audits);
    expect((await listOrgUsers(otherAdmin.ctx)).map((u) => u.id)).not.toContain(userId);
  });

  it("a sagsbehandler is refused in the app and in the database, even claiming ADMIN", async () => {
    const caseworker = await freshTenant("Brugeradm Sagsbehandler");
    await expect(listOrgUsers(caseworker.ctx)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createOrgUser(caseworker.ctx, { email: "x@test.samforloeb", name: "X", role: "ADMIN" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createOrgUser({ ...caseworker.ctx, role: "ADMIN" }, { email: "x@test.samforloeb", name: "X", role: "ADMIN" })).rejects.toThrow(/refused/);
    await expect(rawAsRuntime(caseworker.ctx, `SELECT app_admin_set_role($1::uuid, 'ADMIN')`, caseworker.user.id)).rejects.toThrow(/refused/);
    await expect(rawAsRuntime(admin.ctx, `UPDATE "User" SET name = 'x' WHERE id = $1::uuid`, admin.user.id)).rejects.toThrow(/permission denied/);
    await expect(rawAsRuntime(admin.ctx, `SELECT "tokenHash" FROM "PasswordToken"`)).rejects.toThrow(/permission denied/);
    expect(await owner().user.count({ where: { email: "x@test.samforloeb" } })).toBe(0);
  });
});

describe("a user's own sessions", () => {
  it("are hers alone", async () => {
    const { listOwnSessions, endOwnSession } = await import("@/lib/users/sessions");
    const mine = await startSession(admin.user.id, "Firefox");
    const theirs = await startSession(otherAdmin.user.id, "Chrome");
    expect((await listOwnSessions(admin.ctx, mine)).find((s) => s.id === mine)).toMatchObject({ current: true, userAgent: "Firefox" });
    expect((await listOwnSessions(admin.ctx, mine)).map((s) => s.id)).not.toContain(theirs);
    await expect(endOwnSession(admin.ctx, theirs)).rejects.toBeInstanceOf(NotFoundError);
    expect((await owner().userSession.findUniqueOrThrow({ where: { id: theirs } })).endedAt).toBeNull();
    await endOwnSession(admin.ctx, mine);
    expect((await owner().userSession.findUniqueOrThrow({ where: { id: mine } })).endedAt).not.toBeNull();
    expect(contextFor(admin.user, admin.org).userId).toBe(admin.user.id);
  });
});
