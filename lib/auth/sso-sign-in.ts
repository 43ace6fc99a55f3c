import "server-only";
import { auditSignIn } from "@/lib/audit/write";
import { withSystem } from "@/lib/db/with-access";
import type { SignedInUser } from "./sign-in";

// A single sign-on (ADR 0034): the identity provider vouches for issuer +
// subject; the organisation and role come only from memberships an
// administrator made. No user and no membership is ever created from a token.

export type SsoRefusal = "UNKNOWN_USER" | "NO_MEMBERSHIP" | "DEACTIVATED";
export type SsoResult = { ok: true; user: SignedInUser } | { ok: false; reason: SsoRefusal };

const userSelect = {
  id: true, name: true, email: true, sessionVersion: true, deactivatedAt: true,
  memberships: { select: { role: true, org: { select: { id: true, name: true } } }, orderBy: { org: { name: "asc" as const } } },
} as const;

/**
 * The pre-provisioned user for a verified id_token: by issuer + subject, or on
 * her first sign-in by the e-mail claim, when that user has no identity at
 * this issuer yet; the link is made then and her local password removed (an
 * SSO user signs in only through the identity provider).
 */
export async function signInWithSso(input: { issuer: string; subject: string; email: string | undefined }): Promise<SsoResult> {
  return withSystem(async (db) => {
    const linked = await db.externalIdentity.findUnique({
      where: { issuer_subject: { issuer: input.issuer, subject: input.subject } },
      select: { user: { select: userSelect } },
    });
    let user = linked?.user ?? null;
    if (!user && input.email) {
      const candidate = await db.user.findFirst({
        where: { email: input.email.trim().toLowerCase(), identities: { none: { issuer: input.issuer } } },
        select: userSelect,
      });
      if (candidate) {
        await db.externalIdentity.create({ data: { userId: candidate.id, issuer: input.issuer, subject: input.subject }, select: { id: true } });
        await db.user.update({ where: { id: candidate.id }, data: { passwordHash: null }, select: { id: true } });
        user = candidate;
      }
    }
    const refuse = async (reason: SsoRefusal, userId?: string, actorName?: string) => {
      await auditSignIn(db, { action: "auth.login-failed", userId, actorName, details: { method: "sso", issuer: input.issuer, reason } });
      return { ok: false as const, reason };
    };
    if (!user) return refuse("UNKNOWN_USER");
    if (user.deactivatedAt) return refuse("DEACTIVATED", user.id, user.name);
    if (user.memberships.length === 0) return refuse("NO_MEMBERSHIP", user.id, user.name);
    await auditSignIn(db, { action: "auth.login", userId: user.id, actorName: user.name, details: { method: "sso", issuer: input.issuer } });
    return {
      ok: true,
      user: {
        id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion,
        memberships: user.memberships.map((m) => ({ orgId: m.org.id, orgName: m.org.name, role: m.role })),
      },
    };
  });
}

/** The login page's Danish answer to a refused single sign-on. */
export const SSO_REFUSAL_MESSAGES: Record<SsoRefusal | "FAILED", string> = {
  UNKNOWN_USER: "Du er logget ind hos identitetsudbyderen, men du er ikke oprettet som bruger i Samforløb. Kontakt din administrator.",
  NO_MEMBERSHIP: "Din bruger er ikke tilknyttet nogen organisation i Samforløb, så du kan ikke logge ind. Kontakt din administrator.",
  DEACTIVATED: "Din bruger er deaktiveret. Kontakt din administrator.",
  FAILED: "Log ind via identitetsudbyderen mislykkedes, og du er ikke logget ind. Prøv igen, eller kontakt din administrator.",
};
