import "server-only";
import type { AccessContext } from "@/lib/access/context";
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

/** Enrols the acting user; returns her ten recovery codes, shown once. */
export async function enrolOwnTotp(ctx: AccessContext, sealed: string, code: string): Promise<{ recoveryCodes: string[] }> {
  const enrolment = checkEnrolment(ctx.userId, sealed, code);
  await withSystem((db) => saveEnrolment(db, { id: ctx.userId, name: ctx.userName }, enrolment));
  return { recoveryCodes: enrolment.recoveryCodes };
}
