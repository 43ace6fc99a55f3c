// TOTP for local accounts (ADR 0033): an administrator's account gets its
// password and its TOTP through the same one-time link, or not at all; sign-in
// then asks for a code, accepts each code once, takes a recovery code once,
// counts wrong codes towards the lockout, and everything is audited.
import { Secret, TOTP } from "otpauth";
import { beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/actions/result";
import { hashPassword } from "@/lib/auth/password";
import { MAX_FAILED_ATTEMPTS, signIn } from "@/lib/auth/sign-in";
import { openTotpSecret } from "@/lib/auth/totp";
import { totpOffer } from "@/lib/auth/totp-offer";
import { createOrgUser, makePasswordLink, resetOrgUserTotp } from "@/lib/users/admin";
import { openPasswordLink, redeemPasswordLink } from "@/lib/users/password-token";
import { enrolOwnTotp, TOTP_ALREADY_ON } from "@/lib/users/own-totp";
import { contextFor, createOrg, createUser } from "@/tests/fixtures/factories";
import { freshTenant, owner, type Tenant } from "./helpers";

const PASSWORD = "Lang-nok-adgangskode-2026";
let admin: Tenant;

const codeAt = (secret: string, offsetSteps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });
const tokenOf = (url: string) => url.split("/adgangskode/")[1]!;

/** A new ADMIN of the tenant, enrolled through her link; returns her e-mail, secret and recovery codes. */
async function enrolledAdmin(label: string) {
  const email = `${label}-${admin.org.id.slice(0, 8)}@test.samforloeb`;
  const { userId } = await createOrgUser(admin.ctx, { email, name: `${label} Admin`, role: "ADMIN" });
  const token = tokenOf((await makePasswordLink(admin.ctx, userId)).url);
  const offer = await totpOffer({ id: userId, email });
  const secret = openTotpSecret(userId, offer.sealed)!;
  // One step back, so the current code is still unused for the sign-in tests.
  const { recoveryCodes } = await redeemPasswordLink(token, PASSWORD, { sealed: offer.sealed, code: codeAt(secret, -1) });
  return { userId, email, secret, recoveryCodes };
}

beforeAll(async () => {
  admin = await freshTenant("Tofaktor Kommune", "ADMIN");
});

describe("enrolment", () => {
  it("an administrator's link sets password and TOTP together, never the password alone", async () => {
    const email = `alene-${admin.org.id.slice(0, 8)}@test.samforloeb`;
    const { userId } = await createOrgUser(admin.ctx, { email, name: "Alene Admin", role: "ADMIN" });
    const token = tokenOf((await makePasswordLink(admin.ctx, userId)).url);
    expect(await openPasswordLink(token)).toMatchObject({ userId, totpNeeded: true });

    await expect(redeemPasswordLink(token, PASSWORD)).rejects.toBeInstanceOf(ValidationError);
    const offer = await totpOffer({ id: userId, email });
    await expect(redeemPasswordLink(token, PASSWORD, { sealed: offer.sealed, code: "000000" })).rejects.toThrow(ValidationError);
    // A secret sealed for someone else does not enrol her.
    const foreign = await totpOffer({ id: admin.user.id, email });
    const foreignSecret = openTotpSecret(admin.user.id, foreign.sealed)!;
    await expect(redeemPasswordLink(token, PASSWORD, { sealed: foreign.sealed, code: codeAt(foreignSecret) })).rejects.toThrow(ValidationError);
    const untouched = await owner().user.findUniqueOrThrow({ where: { id: userId } });
    expect({ password: untouched.passwordHash, totp: untouched.totpEnabledAt }).toEqual({ password: null, totp: null });

    const secret = openTotpSecret(userId, offer.sealed)!;
    const { recoveryCodes } = await redeemPasswordLink(token, PASSWORD, { sealed: offer.sealed, code: codeAt(secret) });
    expect(recoveryCodes).toHaveLength(10);
    const user = await owner().user.findUniqueOrThrow({ where: { id: userId }, include: { recoveryCodes: true } });
    expect(user.totpEnabledAt).not.toBeNull();
    expect(user.totpSecret).not.toContain(secret);
    expect(user.recoveryCodes).toHaveLength(10);
    expect(user.recoveryCodes.map((c) => c.codeHash)).not.toContain(recoveryCodes[0]);
    expect(await owner().auditEvent.count({ where: { userId, action: "auth.totp-enrol" } })).toBe(1);
  });

  it("a signed-in user with TOTP on cannot enrol again: a session alone never replaces the second factor", async () => {
    const { userId, email, secret } = await enrolledAdmin("Igen");
    const before = await owner().user.findUniqueOrThrow({ where: { id: userId } });
    const ctx = contextFor(before, admin.org, "ADMIN");
    const offer = await totpOffer({ id: userId, email });
    const fresh = openTotpSecret(userId, offer.sealed)!;
    await expect(enrolOwnTotp(ctx, offer.sealed, codeAt(fresh))).rejects.toThrow(TOTP_ALREADY_ON);
    expect((await owner().user.findUniqueOrThrow({ where: { id: userId } })).totpSecret).toBe(before.totpSecret);
    expect(secret).not.toBe(fresh);
  });

  it("a sagsbehandler's link sets the password alone", async () => {
    const email = `sb-${admin.org.id.slice(0, 8)}@test.samforloeb`;
    const { userId } = await createOrgUser(admin.ctx, { email, name: "Sb Bruger", role: "SAGSBEHANDLER" });
    const token = tokenOf((await makePasswordLink(admin.ctx, userId)).url);
    expect(await openPasswordLink(token)).toMatchObject({ totpNeeded: false });
    expect(await redeemPasswordLink(token, PASSWORD)).toEqual({ recoveryCodes: [] });
    expect((await signIn({ email, password: PASSWORD })).ok).toBe(true);
  });
});

describe("sign-in with TOTP", () => {
  it("asks for the code after the password, accepts a code once, and a recovery code once", async () => {
    const { userId, email, secret, recoveryCodes } = await enrolledAdmin("kode");
    expect(await signIn({ email, password: PASSWORD })).toEqual({ ok: false, reason: "TOTP_REQUIRED" });
    expect(await signIn({ email, password: "forkert", code: codeAt(secret) })).toEqual({ ok: false, reason: "INVALID" });

    const code = codeAt(secret);
    expect((await signIn({ email, password: PASSWORD, code })).ok).toBe(true);
    expect(await signIn({ email, password: PASSWORD, code })).toEqual({ ok: false, reason: "TOTP_REQUIRED" });

    expect((await signIn({ email, password: PASSWORD, code: recoveryCodes[3]!.toUpperCase() })).ok).toBe(true);
    expect(await signIn({ email, password: PASSWORD, code: recoveryCodes[3]! })).toEqual({ ok: false, reason: "TOTP_REQUIRED" });
    const actions = (await owner().auditEvent.findMany({ where: { userId }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["auth.login", "auth.recovery-code-used", "auth.totp-failed"]));
    expect(await owner().recoveryCode.count({ where: { userId, usedAt: { not: null } } })).toBe(1);
  });

  it("locks the account after wrong codes, and then the right code does not help", async () => {
    const { email, secret } = await enrolledAdmin("laas");
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) {
      expect(await signIn({ email, password: PASSWORD, code: "000000" })).toEqual({ ok: false, reason: "TOTP_REQUIRED" });
    }
    expect(await signIn({ email, password: PASSWORD, code: "000000" })).toEqual({ ok: false, reason: "LOCKED" });
    expect(await signIn({ email, password: PASSWORD, code: codeAt(secret) })).toEqual({ ok: false, reason: "LOCKED" });
  });

  it("the password alone, asked for the code, does not count as a failure", async () => {
    const { email, secret } = await enrolledAdmin("tael");
    for (let i = 0; i < MAX_FAILED_ATTEMPTS + 2; i++) {
      expect(await signIn({ email, password: PASSWORD })).toEqual({ ok: false, reason: "TOTP_REQUIRED" });
    }
    expect((await signIn({ email, password: PASSWORD, code: codeAt(secret) })).ok).toBe(true);
  });
});

describe("who must have TOTP", () => {
  it("an administrator without TOTP cannot sign in where the organisation requires it, and can where it is switched off", async () => {
    const passwordHash = await hashPassword(PASSWORD);
    const strict = await createOrg(owner(), { name: "Streng Kommune" });
    const relaxed = await createOrg(owner(), { name: "Afslappet Kommune", settings: { security: { totpForLeaders: false } } });
    const a = await createUser(owner(), { passwordHash, memberships: [{ orgId: strict.id, role: "ADMIN" }] });
    const b = await createUser(owner(), { passwordHash, memberships: [{ orgId: relaxed.id, role: "LEDER" }] });
    expect(await signIn({ email: a.email, password: PASSWORD })).toEqual({ ok: false, reason: "TOTP_SETUP" });
    expect((await signIn({ email: b.email, password: PASSWORD })).ok).toBe(true);
  });

  it("a TOTP reset by the administrator removes secret and recovery codes, and the next link enrols again", async () => {
    const { userId, email } = await enrolledAdmin("nulstil");
    await resetOrgUserTotp(admin.ctx, userId);
    const user = await owner().user.findUniqueOrThrow({ where: { id: userId }, include: { recoveryCodes: true } });
    expect({ secret: user.totpSecret, enabled: user.totpEnabledAt, codes: user.recoveryCodes.length }).toEqual({ secret: null, enabled: null, codes: 0 });
    expect(await signIn({ email, password: PASSWORD })).toEqual({ ok: false, reason: "TOTP_SETUP" });
    const token = tokenOf((await makePasswordLink(admin.ctx, userId)).url);
    expect(await openPasswordLink(token)).toMatchObject({ totpNeeded: true });
    expect(await owner().auditEvent.count({ where: { entityId: userId, action: "user.totp-reset" } })).toBe(1);
  });
});
