import type { Role } from "@/lib/access/roles";

// Who must have TOTP (ADR 0033): an administrator or a leader, in an
// organisation whose setting security.totpForLeaders is not switched off.
// Everyone else may enrol. Pure, so the rule is unit-tested.

export const TOTP_REQUIRED_ROLES: readonly Role[] = ["ADMIN", "LEDER"];

export function orgRequiresTotpForLeaders(settings: unknown): boolean {
  const security = (settings as { security?: { totpForLeaders?: unknown } } | null)?.security;
  return security?.totpForLeaders !== false;
}

export function requiresTotp(memberships: { role: Role; orgSettings: unknown }[]): boolean {
  return memberships.some((m) => TOTP_REQUIRED_ROLES.includes(m.role) && orgRequiresTotpForLeaders(m.orgSettings));
}

/** What the login page shows for the second-factor answers of sign-in. */
export const TOTP_REQUIRED_ERROR = "TOTP_REQUIRED";
export const TOTP_SETUP_ERROR = "TOTP_SETUP";
export const TOTP_SETUP_MESSAGE =
  "Din rolle kræver tofaktorgodkendelse, og den er ikke sat op på din konto. Bed din administrator om et engangslink, så du kan sætte den op.";
export const TOTP_PROMPT =
  "Skriv koden fra din godkenderapp (6 cifre) eller en af dine gendannelseskoder.";
