import "server-only";
import { publicBaseUrl } from "./session-token";
import { ssoConfig } from "./sso-config";

let discovered: Promise<string | null> | undefined;

/** The identity provider's end_session_endpoint from its discovery document, once per process; null when it offers none. */
function endSessionEndpoint(issuer: string): Promise<string | null> {
  discovered ??= fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5_000) })
    .then((res) => (res.ok ? res.json() : {}))
    .then((doc: { end_session_endpoint?: unknown }) => (typeof doc.end_session_endpoint === "string" ? doc.end_session_endpoint : null))
    .catch(() => {
      discovered = undefined; // try again on the next sign-out
      return null;
    });
  return discovered;
}

/**
 * Where the browser goes after signing out of a single sign-on session: the
 * provider's end_session with our id_token as hint, returning to the login
 * page (RP-initiated logout, ADR 0034); null for a local session.
 */
export async function endSessionUrl(idToken: unknown): Promise<string | null> {
  const config = ssoConfig();
  if (!config || typeof idToken !== "string") return null;
  const endpoint = await endSessionEndpoint(config.issuer);
  if (!endpoint) return null;
  const url = new URL(endpoint);
  url.searchParams.set("id_token_hint", idToken);
  url.searchParams.set("post_logout_redirect_uri", `${publicBaseUrl()}/login`);
  url.searchParams.set("client_id", config.clientId);
  return url.toString();
}
