import "server-only";
import { z } from "zod";
import { auditSignIn } from "@/lib/audit/write";
import { withSystem } from "@/lib/db/with-access";
import type { Role } from "@/lib/access/roles";
import { hashPassword, verifyPassword } from "./password";

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Skriv en gyldig e-mailadresse"),
  password: z.string().min(1, "Skriv din adgangskode"),
});

export type SignedInUser = {
  id: string;
  name: string;
  email: string;
  memberships: { orgId: string; orgName: string; role: Role }[];
};

let dummyHash: Promise<string> | undefined;
function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("timing-equaliser-not-a-password");
  return dummyHash;
}

export type SignInResult = { ok: true; user: SignedInUser } | { ok: false; reason: "INVALID" | "LOCKED" };

/**
 * Checks credentials with a lockout of LOCKOUT_MINUTES after MAX_FAILED_ATTEMPTS
 * failures in a row, per account. Every outcome is audited. Runs on the system
 * path: no organisation context exists before sign-in.
 */
export async function signIn(input: unknown, now = new Date()): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "INVALID" };
  const { email, password } = parsed.data;

  const user = await withSystem((db) =>
    db.user.findUnique({
      where: { email },
      select: {
        id: true, name: true, email: true, passwordHash: true, failedLoginCount: true, lockedUntil: true,
        memberships: { select: { role: true, org: { select: { id: true, name: true } } }, orderBy: { org: { name: "asc" } } },
      },
    }),
  );
  if (!user) {
    // Spend the same time as a real check, so timing does not reveal which e-mails exist.
    await verifyPassword(await timingDummyHash(), password);
    await withSystem((db) => auditSignIn(db, { action: "auth.login-failed", details: { email, reason: "unknown user" } }));
    return { ok: false, reason: "INVALID" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await withSystem((db) => auditSignIn(db, { action: "auth.login-locked", userId: user.id, actorName: user.name }));
    return { ok: false, reason: "LOCKED" };
  }

  // Hash check outside any transaction: it is the slow part.
  const valid = await verifyPassword(user.passwordHash, password);
  if (!valid) {
    // One atomic increment: concurrent wrong guesses each count, so a burst
    // cannot slip past the limit (read-then-write would lose updates).
    const locked = await withSystem(async (db) => {
      const [row] = await db.$queryRaw<{ failedLoginCount: number }[]>`
        UPDATE "User" SET "failedLoginCount" = "failedLoginCount" + 1
        WHERE id = ${user.id}::uuid RETURNING "failedLoginCount"`;
      const failures = row?.failedLoginCount ?? MAX_FAILED_ATTEMPTS;
      const locks = failures >= MAX_FAILED_ATTEMPTS;
      if (locks) {
        await db.user.update({
          where: { id: user.id },
          data: { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) },
        });
      }
      await auditSignIn(db, {
        action: "auth.login-failed", userId: user.id, actorName: user.name, details: { failures, locked: locks },
      });
      return locks;
    });
    return { ok: false, reason: locked ? "LOCKED" : "INVALID" };
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
      memberships: user.memberships.map((m) => ({ orgId: m.org.id, orgName: m.org.name, role: m.role })),
    },
  };
}
