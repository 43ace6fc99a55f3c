import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { ValidationError } from "@/lib/actions/result";
import { checkEnrolment, saveEnrolment } from "@/lib/auth/second-factor";
import { withAccess, withSystem } from "@/lib/db/with-access";

// A signed-in user's own TOTP (ADR 0033): optional where her role does not
// require it. Reading whether it is on goes through row-level security; the
// enrolment writes secrets, which the runtime role cannot, so it runs on the
// system path for the acting user alone, as sign-in does.

/** Whether the acting user has TOTP, and her e-mail (the account name the authenticator app shows). */
export async function ownTotpStatus(ctx: AccessContext): Promise<{ enabled: boolean; email: string }> {
  return withAccess(ctx, async (db) => {
    const user = await db.user.findUnique({ where: { id: ctx.userId }, select: { totpEnabledAt: true, email: true } });
    return { enabled: !!user?.totpEnabledAt, email: user?.email ?? "" };
  });
}

export const TOTP_ALREADY_ON = "Tofaktor er allerede slået til. Bed din administrator om at nulstille den, hvis du har mistet din godkenderapp.";

/**
 * Enrols the acting user; returns her ten recovery codes, shown once. Only
 * without TOTP: a session alone (perhaps a stolen one) never replaces a
 * second factor that is on (ADR 0033); a reset is the administrator's.
 */
export async function enrolOwnTotp(ctx: AccessContext, sealed: string, code: string): Promise<{ recoveryCodes: string[] }> {
  const enrolment = checkEnrolment(ctx.userId, sealed, code);
  await withSystem(async (db) => {
    const user = await db.user.findUnique({ where: { id: ctx.userId }, select: { totpEnabledAt: true } });
    if (user?.totpEnabledAt) throw new ValidationError(TOTP_ALREADY_ON);
    await saveEnrolment(db, { id: ctx.userId, name: ctx.userName }, enrolment);
  });
  return { recoveryCodes: enrolment.recoveryCodes };
}
