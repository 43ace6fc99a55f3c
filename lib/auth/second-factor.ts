import "server-only";
import { ValidationError } from "@/lib/actions/result";
import { auditSignIn } from "@/lib/audit/write";
import { withSystem } from "@/lib/db/with-access";
import type { Db } from "@/lib/db/types";
import {
  isRecoveryCodeShape, matchTotp, newRecoveryCodes, openTotpSecret, recoveryCodeHash, sealTotpSecret,
} from "./totp";

// The second factor at sign-in and its enrolment (ADR 0033). System path, as
// sign-in: no session exists yet, and the runtime role cannot read secrets.

export type SecondFactorUser = { id: string; name: string; totpSecret: string | null; totpEnabledAt: Date | null; totpLastStep: number | null };

/**
 * Whether `code` is a good second factor for the user: a TOTP code later than
 * the last one accepted (claimed atomically, so a code works once), or an
 * unused recovery code (used up here). Audits a used recovery code.
 */
export async function acceptSecondFactor(user: SecondFactorUser, code: string, now = new Date()): Promise<boolean> {
  const trimmed = code.trim();
  if (isRecoveryCodeShape(trimmed)) {
    return withSystem(async (db) => {
      const used = await db.recoveryCode.updateMany({
        where: { userId: user.id, codeHash: recoveryCodeHash(trimmed), usedAt: null },
        data: { usedAt: now },
      });
      if (used.count === 0) return false;
      const left = await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
      await auditSignIn(db, { action: "auth.recovery-code-used", userId: user.id, actorName: user.name, details: { left } });
      return true;
    });
  }
  const secret = user.totpSecret ? openTotpSecret(user.id, user.totpSecret) : null;
  const step = secret ? matchTotp(secret, trimmed, user.totpLastStep, now.getTime()) : null;
  if (step === null) return false;
  const claimed = await withSystem((db) =>
    db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    }),
  );
  return claimed.count === 1;
}

export const WRONG_ENROLMENT_CODE = "Koden passer ikke. Skriv de 6 cifre, godkenderappen viser nu.";

export type Enrolment = { secret: string; step: number; recoveryCodes: string[] };

/**
 * Checks an enrolment: the secret she was shown (sealed for her) and one code
 * from her app proving she holds it. Writes nothing; saveEnrolment does.
 */
export function checkEnrolment(userId: string, sealed: string, code: string, now = new Date()): Enrolment {
  const secret = openTotpSecret(userId, sealed);
  const step = secret ? matchTotp(secret, code.trim(), null, now.getTime()) : null;
  if (!secret || step === null) throw new ValidationError("Ret de markerede felter.", { totpCode: [WRONG_ENROLMENT_CODE] });
  return { secret, step, recoveryCodes: newRecoveryCodes() };
}

/** Saves a checked enrolment in the caller's transaction: replaces any earlier secret and recovery codes. */
export async function saveEnrolment(db: Db, user: { id: string; name: string }, enrolment: Enrolment, now = new Date()): Promise<void> {
  await db.user.update({
    where: { id: user.id },
    data: { totpSecret: sealTotpSecret(user.id, enrolment.secret), totpEnabledAt: now, totpLastStep: enrolment.step },
    select: { id: true },
  });
  await db.recoveryCode.deleteMany({ where: { userId: user.id } });
  await db.recoveryCode.createMany({ data: enrolment.recoveryCodes.map((c) => ({ userId: user.id, codeHash: recoveryCodeHash(c) })) });
  await auditSignIn(db, { action: "auth.totp-enrol", userId: user.id, actorName: user.name });
}
