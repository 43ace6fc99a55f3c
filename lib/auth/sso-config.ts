import "server-only";

// OpenID Connect single sign-on, configured from the environment alone
// (ADR 0034). Without OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET there
// is no SSO: no provider, no button.

export type SsoConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the login button: "Log ind med <name>". */
  name: string;
  /** The claim that carries the e-mail a pre-provisioned user is found by on her first sign-in. */
  emailClaim: string;
};

export const SSO_PROVIDER_ID = "oidc";

export function ssoConfig(env: NodeJS.ProcessEnv = process.env): SsoConfig | null {
  const issuer = env.OIDC_ISSUER?.trim().replace(/\/+$/, "");
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: env.OIDC_NAME?.trim() || "kommunens login", emailClaim: env.OIDC_EMAIL_CLAIM?.trim() || "email" };
}
