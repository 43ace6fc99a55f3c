// Sign-in against the database: memberships on success, lockout after five
// failures in a row, release after the lockout, and an audit row per attempt.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { sealAuditLog } from "@/lib/audit/seal";
import { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS, signIn } from "@/lib/auth/sign-in";
import { createOrg, createUser } from "@/tests/fixtures/factories";
import { owner } from "./helpers";

const PASSWORD = "Korrekt-Hest-Batteri-9";
const MINUTE = 60_000;

async function userWithPassword(label: string) {
  const orgA = await createOrg(owner(), { name: `${label} Kommune A` });
  const orgB = await createOrg(owner(), { name: `${label} Region B`, type: "FOEDESTED" });
  const user = await createUser(owner(), {
    name: `${label} Bruger`,
    passwordHash: await hashPassword(PASSWORD),
    memberships: [
      { orgId: orgA.id, role: "SAGSBEHANDLER" },
      { orgId: orgB.id, role: "JORDEMODER" },
    ],
  });
  return { user, orgA, orgB };
}

async function actionsFor(userId: string): Promise<string[]> {
  // The chain's order is the order of sealing (ADR 0011): seal first, so no row is still unnumbered.
  while ((await sealAuditLog(owner())) > 0);
  const rows = await owner().auditEvent.findMany({ where: { userId }, orderBy: { chainSeq: "asc" }, select: { action: true } });
  return rows.map((r) => r.action);
}

describe("signIn", () => {
  it("signs in with the right password and returns the user's memberships", async () => {
    const { user, orgA, orgB } = await userWithPassword("Login");
    const result = await signIn({ email: user.email.toUpperCase(), password: PASSWORD });
    expect(result).toEqual({
      ok: true,
      user: {
        id: user.id,
        name: user.name,
        email: user.email,
        sessionVersion: 0,
        memberships: expect.arrayContaining([
          { orgId: orgA.id, orgName: orgA.name, role: "SAGSBEHANDLER" },
          { orgId: orgB.id, orgName: orgB.name, role: "JORDEMODER" },
        ]),
      },
    });
    if (result.ok) expect(result.user.memberships).toHaveLength(2);
    expect(await actionsFor(user.id)).toEqual(["auth.login"]);
  });

  it("rejects a wrong password and an unknown user as INVALID", async () => {
    const { user } = await userWithPassword("Forkert");
    expect(await signIn({ email: user.email, password: "forkert" })).toEqual({ ok: false, reason: "INVALID" });
    expect(await signIn({ email: `ukendt-${user.id}@test.samforloeb`, password: PASSWORD })).toEqual({ ok: false, reason: "INVALID" });
    // The typed e-mail is never stored (people type passwords there): only a short hash and the domain.
    const typed = `ukendt-${user.id}@test.samforloeb`;
    const emailHash = createHash("sha256").update(typed).digest("hex").slice(0, 16);
    const unknown = await owner().auditEvent.findMany({ where: { action: "auth.login-failed", userId: null } });
    const mine = unknown.filter((e) => (e.details as { emailHash?: string } | null)?.emailHash === emailHash);
    expect(mine.map((e) => e.details)).toEqual([{ emailHash, emailDomain: "test.samforloeb", reason: "unknown user" }]);
    expect(unknown.some((e) => JSON.stringify(e.details).includes(`ukendt-${user.id}`))).toBe(false);
    const stored = await owner().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.failedLoginCount).toBe(1);
  });

  it("locks the account for 15 minutes after five failures, then lets the right password in", async () => {
    const { user } = await userWithPassword("Laas");
    const t0 = new Date();
    expect(await signIn({ email: user.email, password: PASSWORD }, t0)).toMatchObject({ ok: true });

    const reasons: string[] = [];
    for (let i = 1; i <= MAX_FAILED_ATTEMPTS; i++) {
      const result = await signIn({ email: user.email, password: `forkert-${i}` }, new Date(t0.getTime() + i * 1000));
      reasons.push(result.ok ? "OK" : result.reason);
    }
    expect(reasons).toEqual(["INVALID", "INVALID", "INVALID", "INVALID", "LOCKED"]);

    const locked = await owner().user.findUniqueOrThrow({ where: { id: user.id } });
    const fifthAt = t0.getTime() + MAX_FAILED_ATTEMPTS * 1000;
    expect(LOCKOUT_MINUTES).toBe(15);
    expect(locked.lockedUntil?.getTime()).toBe(fifthAt + 15 * MINUTE);
    expect(locked.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * MINUTE);
    expect(locked.lockedUntil!.getTime() - Date.now()).toBeLessThanOrEqual(15 * MINUTE + 10_000);

    // Locked: even the right password is refused, and the lock is not extended.
    expect(await signIn({ email: user.email, password: PASSWORD }, new Date(fifthAt + MINUTE))).toEqual({
      ok: false,
      reason: "LOCKED",
    });
    const stillLocked = await owner().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stillLocked.lockedUntil).toEqual(locked.lockedUntil);

    // 16 minutes later the lock has expired.
    const later = await signIn({ email: user.email, password: PASSWORD }, new Date(fifthAt + 16 * MINUTE));
    expect(later).toMatchObject({ ok: true, user: { id: user.id } });
    const released = await owner().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(released).toMatchObject({ failedLoginCount: 0, lockedUntil: null });

    expect(await actionsFor(user.id)).toEqual([
      "auth.login",
      ...Array<string>(MAX_FAILED_ATTEMPTS).fill("auth.login-failed"),
      "auth.login-locked",
      "auth.login",
    ]);
    const failures = await owner().auditEvent.findMany({
      where: { userId: user.id, action: "auth.login-failed" },
      orderBy: { chainSeq: "asc" },
    });
    expect(failures.map((e) => e.details)).toEqual([
      { failures: 1, locked: false },
      { failures: 2, locked: false },
      { failures: 3, locked: false },
      { failures: 4, locked: false },
      { failures: 5, locked: true },
    ]);
    expect(failures.every((e) => e.entityType === "User" && e.entityId === user.id)).toBe(true);
  });

  it("resets the failure count after a successful sign-in", async () => {
    const { user } = await userWithPassword("Nulstil");
    for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i++) await signIn({ email: user.email, password: "forkert" });
    expect(await signIn({ email: user.email, password: PASSWORD })).toMatchObject({ ok: true });
    expect(await signIn({ email: user.email, password: "forkert" })).toEqual({ ok: false, reason: "INVALID" });
    expect((await owner().user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(1);
  });

  it("counts a burst of concurrent wrong passwords, so a burst cannot get past the lockout", async () => {
    const { user } = await userWithPassword("Burst");
    const results = await Promise.all(
      Array.from({ length: 2 * MAX_FAILED_ATTEMPTS }, () => signIn({ email: user.email, password: "forkert-gæt" })),
    );
    expect(results.filter((r) => !r.ok && r.reason === "LOCKED").length).toBeGreaterThanOrEqual(1);
    const row = await owner().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(await signIn({ email: user.email, password: PASSWORD })).toEqual({ ok: false, reason: "LOCKED" });
  });

  it("lets at most MAX_FAILED_ATTEMPTS of 40 parallel guesses reach the password check, then stays locked", async () => {
    const { user } = await userWithPassword("Parallel");
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn({ email: user.email, password: `forkert-parallel-${i}` })),
    );
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(results.filter((r) => !r.ok && r.reason === "INVALID")).toHaveLength(MAX_FAILED_ATTEMPTS - 1);

    // The right password straight after the burst is refused.
    expect(await signIn({ email: user.email, password: PASSWORD })).toEqual({ ok: false, reason: "LOCKED" });

    // Exactly MAX_FAILED_ATTEMPTS guesses were checked and counted; every other attempt was refused as locked.
    const actions = await actionsFor(user.id);
    expect(actions).toHaveLength(41);
    expect(actions.filter((a) => a === "auth.login-failed")).toHaveLength(MAX_FAILED_ATTEMPTS);
    expect(actions.filter((a) => a === "auth.login-locked")).toHaveLength(41 - MAX_FAILED_ATTEMPTS);
    expect(actions).not.toContain("auth.login");
    const failures = await owner().auditEvent.findMany({ where: { userId: user.id, action: "auth.login-failed" } });
    expect(failures.map((e) => (e.details as { failures: number }).failures).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);

    const row = await owner().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * MINUTE);
  });
});
