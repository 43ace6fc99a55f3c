// The e2e identity provider's settings, shared by playwright.config.ts (which
// starts it and points the app at it) and the SSO spec (ADR 0034).
const appPort = Number(process.env.E2E_PORT ?? 3100);

export const IDP_PORT = appPort + 10;
export const IDP_URL = `http://localhost:${IDP_PORT}`;
export const IDP_NAME = "Testkommunens IdP";

/** The app's environment for single sign-on against the e2e provider. */
export const OIDC_ENV: Record<string, string> = {
  OIDC_ISSUER: IDP_URL,
  OIDC_CLIENT_ID: "samforloeb-e2e",
  OIDC_CLIENT_SECRET: "e2e-hemmelighed-kun-til-test",
  OIDC_NAME: IDP_NAME,
};
