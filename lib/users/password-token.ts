import "server-only";
import { ValidationError } from "@/lib/actions/result";
import { auditSignIn } from "@/lib/audit/write";
import { hashPassword } from "@/lib/auth/password";
import { checkEnrolment, saveEnrolment, type Enrolment } from "@/lib/auth/second-factor";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { endSessions } from "@/lib/auth/session-check";
import { publicBaseUrl } from "@/lib/auth/session-token";
import { requiresTotp } from "@/lib/auth/totp-rules";
import { withSystem } from "@/lib/db/with-access";

// One-time set-password links (ADR 0033). The link is the only secret: the
// database keeps its SHA-256 (a leaked table gives no working link), and a
// link works once, until it expires. Redeeming runs on the system path, as
// sign-in does: no session exists yet.

export const PASSWORD_LINK_HOURS = 24;

export const LINK_INVALID_MESSAGE =
  "Linket virker ikke: det er udløbet, allerede brugt eller afløst af et nyere link. Bed din administrator om et nyt.";

export function passwordLinkUrl(token: string): string {
  return `${publicBaseUrl()}/adgangskode/${token}`;
}

/** Whose link it is; `totpNeeded`: her role requires TOTP and she has none, so the link enrols her too (ADR 0033). */
export type LinkHolder = { userId: string; name: string; email: string; totpNeeded: boolean };

/** Whose link this is, while it still works; else null. */
export async function openPasswordLink(token: string, now = new Date()): Promise<LinkHolder | null> {
  const row = await withSystem((db) =>
    db.passwordToken.findUnique({
      where: { tokenHash: hashSecretToken(token) },
      select: {
        usedAt: true, expiresAt: true,
        user: {
          select: {
            id: true, name: true, email: true, deactivatedAt: true, totpEnabledAt: true,
            memberships: { select: { role: true, org: { select: { settings: true } } } },
          },
        },
      },
    }),
  );
  if (!row || row.usedAt || row.expiresAt <= now || row.user.deactivatedAt) return null;
  const required = requiresTotp(row.user.memberships.map((m) => ({ role: m.role, orgSettings: m.org.settings })));
  return { userId: row.user.id, name: row.user.name, email: row.user.email, totpNeeded: required && !row.user.totpEnabledAt };
}

/**
 * Sets the password and uses up the link, in one transaction: the link is
 * claimed with a conditional UPDATE first, so two tabs cannot both use it.
 * Where the role requires TOTP the account lacks, the same transaction enrols
 * it (the sealed secret shown and one code), so an administrator's account is
 * never usable without TOTP. Every earlier session of the user ends (a
 * password reset is often about a lost or shared device), and the lockout is
 * lifted. Returns the new recovery codes, if any, to show once.
 */
export async function redeemPasswordLink(
  token: string,
  password: string,
  totp?: { sealed?: string; code?: string },
  now = new Date(),
): Promise<{ recoveryCodes: string[] }> {
  const holder = await openPasswordLink(token, now);
  if (!holder) {
    await withSystem((db) => auditSignIn(db, { action: "auth.password-link-refused" }));
    throw new ValidationError(LINK_INVALID_MESSAGE);
  }
  let enrolment: Enrolment | null = null;
  if (holder.totpNeeded || totp?.code) {
    enrolment = checkEnrolment(holder.userId, totp?.sealed ?? "", totp?.code ?? "", now);
  }
  const passwordHash = await hashPassword(password);
  const userId = await withSystem(async (db) => {
    const [claimed] = await db.$queryRaw<{ userId: string }[]>`
      UPDATE "PasswordToken" t SET "usedAt" = ${now}::timestamptz
      FROM "User" u
      WHERE t."tokenHash" = ${hashSecretToken(token)} AND t."usedAt" IS NULL AND t."expiresAt" > ${now}::timestamptz
        AND u.id = t."userId" AND u."deactivatedAt" IS NULL
      RETURNING t."userId"::text AS "userId"`;
    if (!claimed) {
      await auditSignIn(db, { action: "auth.password-link-refused" });
      return null;
    }
    const user = await db.user.update({
      where: { id: claimed.userId },
      data: { passwordHash, failedLoginCount: 0, lockedUntil: null },
      select: { id: true, name: true },
    });
    await auditSignIn(db, { action: "auth.password-set", userId: user.id, actorName: user.name });
    if (enrolment) await saveEnrolment(db, user, enrolment, now);
    return user.id;
  });
  if (!userId) throw new ValidationError(LINK_INVALID_MESSAGE);
  await endSessions(userId);
  return { recoveryCodes: enrolment?.recoveryCodes ?? [] };
}
