import "server-only";
import { createHash } from "node:crypto";
import { auditSignIn } from "@/lib/audit/write";
import { withSystem } from "@/lib/db/with-access";
import type { Role } from "@/lib/access/roles";
import { hashPassword, verifyPassword } from "./password";
import { acceptSecondFactor } from "./second-factor";
import { requiresTotp } from "./totp-rules";
import { signInSchema } from "./schemas";
import { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from "./sign-in-rules";

export { signInSchema } from "./schemas";
export { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from "./sign-in-rules";

export type SignedInUser = {
  id: string;
  name: string;
  email: string;
  sessionVersion: number;
  memberships: { orgId: string; orgName: string; role: Role }[];
};

let dummyHash: Promise<string> | undefined;
function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("timing-equaliser-not-a-password");
  return dummyHash;
}

/**
 * What the audit log keeps about a sign-in for an unknown e-mail. Never the
 * typed text itself: people sometimes type their password in the e-mail field,
 * and the audit log is immutable. A short hash still lets repeated attempts be
 * correlated; the domain shows where they come from.
 */
export function unknownEmailDetails(email: string): { emailHash: string; emailDomain?: string } {
  const normalised = email.toLowerCase();
  const emailHash = createHash("sha256").update(normalised).digest("hex").slice(0, 16);
  const parts = normalised.split("@");
  return parts.length === 2 && parts[1] ? { emailHash, emailDomain: parts[1] } : { emailHash };
}

/** Gives back an attempt reserved before the password check (a right password waiting for its second factor). */
async function releaseAttempt(userId: string): Promise<void> {
  await withSystem((db) => db.$executeRaw`
    UPDATE "User" SET "failedLoginCount" = GREATEST("failedLoginCount" - 1, 0) WHERE id = ${userId}::uuid`);
}

export type SignInResult =
  | { ok: true; user: SignedInUser }
  // TOTP_REQUIRED: the password was right, now the code; TOTP_SETUP: the role needs TOTP the account lacks (ADR 0033).
  | { ok: false; reason: "INVALID" | "LOCKED" | "TOTP_REQUIRED" | "TOTP_SETUP" };

/**
 * Checks credentials with a lockout of LOCKOUT_MINUTES after MAX_FAILED_ATTEMPTS
 * failures in a row, per account. Every outcome is audited. Runs on the system
 * path: no organisation context exists before sign-in.
 */
export async function signIn(input: unknown, now = new Date()): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "INVALID" };
  const { email, password, code } = parsed.data;

  const user = await withSystem((db) =>
    db.user.findUnique({
      where: { email },
      select: {
        id: true, name: true, email: true, passwordHash: true, sessionVersion: true, deactivatedAt: true,
        totpSecret: true, totpEnabledAt: true, totpLastStep: true,
        memberships: { select: { role: true, org: { select: { id: true, name: true, settings: true } } }, orderBy: { org: { name: "asc" } } },
      },
    }),
  );
  if (!user) {
    // Spend the same time as a real check, so timing does not reveal which e-mails exist.
    await verifyPassword(await timingDummyHash(), password);
    await withSystem((db) =>
      auditSignIn(db, { action: "auth.login-failed", details: { ...unknownEmailDetails(email), reason: "unknown user" } }),
    );
    return { ok: false, reason: "INVALID" };
  }

  // Reserve this attempt BEFORE the slow hash check, in one statement: the
  // lock test and the increment are atomic, so N parallel guesses get N
  // distinct counts and at most MAX_FAILED_ATTEMPTS of them reach the check.
  const lockUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
  const reserved = await withSystem(async (db) => {
    const [row] = await db.$queryRaw<{ failedLoginCount: number }[]>`
      UPDATE "User" SET "failedLoginCount" = "failedLoginCount" + 1
      WHERE id = ${user.id}::uuid AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now}::timestamptz)
      RETURNING "failedLoginCount"`;
    if (row && row.failedLoginCount <= MAX_FAILED_ATTEMPTS) return row.failedLoginCount;
    if (row) {
      // Over the limit (a burst raced the lock): lock now, never shortening an existing lock.
      await db.$executeRaw`
        UPDATE "User" SET "failedLoginCount" = 0, "lockedUntil" = GREATEST("lockedUntil", ${lockUntil}::timestamptz)
        WHERE id = ${user.id}::uuid`;
    }
    await auditSignIn(db, { action: "auth.login-locked", userId: user.id, actorName: user.name });
    return null;
  });
  if (reserved === null) return { ok: false, reason: "LOCKED" };

  // Hash check outside any transaction: it is the slow part.
  // A user without a password (not yet set, or SSO only) costs the same time and never matches.
  const valid = (await verifyPassword(user.passwordHash ?? (await timingDummyHash()), password)) && user.passwordHash !== null;
  if (valid && user.deactivatedAt) {
    // The same answer as a wrong password: a deactivated account says nothing about itself.
    await withSystem((db) => auditSignIn(db, { action: "auth.login-failed", userId: user.id, actorName: user.name, details: { reason: "deactivated" } }));
    return { ok: false, reason: "INVALID" };
  }
  // The second factor (ADR 0033). Asking for the code or for enrolment gives
  // the reserved attempt back: the password was right. A wrong code counts
  // towards the lockout like a wrong password.
  let secondFactorFailed = false;
  if (valid && user.totpEnabledAt) {
    if (!code) {
      await releaseAttempt(user.id);
      return { ok: false, reason: "TOTP_REQUIRED" };
    }
    secondFactorFailed = !(await acceptSecondFactor(user, code, now));
  } else if (valid && requiresTotp(user.memberships.map((m) => ({ role: m.role, orgSettings: m.org.settings })))) {
    await releaseAttempt(user.id);
    await withSystem((db) => auditSignIn(db, { action: "auth.login-failed", userId: user.id, actorName: user.name, details: { reason: "totp not set up" } }));
    return { ok: false, reason: "TOTP_SETUP" };
  }
  if (!valid || secondFactorFailed) {
    const locks = reserved >= MAX_FAILED_ATTEMPTS;
    await withSystem(async (db) => {
      if (locks) {
        await db.$executeRaw`
          UPDATE "User" SET "failedLoginCount" = 0, "lockedUntil" = GREATEST("lockedUntil", ${lockUntil}::timestamptz)
          WHERE id = ${user.id}::uuid`;
      }
      await auditSignIn(db, {
        action: secondFactorFailed ? "auth.totp-failed" : "auth.login-failed", userId: user.id, actorName: user.name,
        details: { failures: reserved, locked: locks },
      });
    });
    if (locks) return { ok: false, reason: "LOCKED" };
    return { ok: false, reason: secondFactorFailed ? "TOTP_REQUIRED" : "INVALID" };
  }

  await withSystem(async (db) => {
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null } });
    await auditSignIn(db, { action: "auth.login", userId: user.id, actorName: user.name });
  });
  return {
    ok: true,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      sessionVersion: user.sessionVersion,
      memberships: user.memberships.map((m) => ({ orgId: m.org.id, orgName: m.org.name, role: m.role })),
    },
  };
}
