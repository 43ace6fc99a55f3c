import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { IDLE_TIMEOUT_SECONDS, sessionCookieName, secureCookies, type SessionClaims } from "./session-token";
import { endSession, startSession } from "./session-check";
import { signIn, type SignedInUser } from "./sign-in";
import { ssoConfig, SSO_PROVIDER_ID } from "./sso-config";
import { signInWithSso } from "./sso-sign-in";
import { TOTP_REQUIRED_ERROR, TOTP_SETUP_ERROR } from "./totp-rules";

function userAgentOf(headers: Record<string, unknown> | undefined): string | undefined {
  const value = headers?.["user-agent"];
  return typeof value === "string" ? value : undefined;
}

/** The session cookie's claims for a signed-in user: her first organisation, and a new session row. */
async function claimsFor(user: SignedInUser, userAgent: string | undefined): Promise<SessionClaims | null> {
  const first = user.memberships[0];
  if (!first) return null;
  const now = Date.now();
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    orgId: first.orgId,
    orgName: first.orgName,
    role: first.role,
    memberships: user.memberships,
    lastActivity: now,
    issuedAt: now,
    sessionVersion: user.sessionVersion,
    sessionId: await startSession(user.id, userAgent),
  };
}

type IdTokenClaims = { iss?: string; sub?: string; name?: string } & Record<string, unknown>;

/**
 * The OpenID Connect provider, from the environment only (ADR 0034). The
 * id_token is verified by next-auth's client (signature from the issuer's
 * JWKS, issuer, audience = our client id, expiry), with PKCE and state.
 */
function ssoProvider(): OAuthConfig<IdTokenClaims>[] {
  const config = ssoConfig();
  if (!config) return [];
  return [{
    id: SSO_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (claims) => ({ id: String(claims.sub), name: typeof claims.name === "string" ? claims.name : null }),
  }];
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  useSecureCookies: secureCookies(),
  session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS },
  jwt: { maxAge: IDLE_TIMEOUT_SECONDS },
  cookies: {
    sessionToken: {
      name: sessionCookieName(),
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies() },
    },
  },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-mail og adgangskode",
      credentials: {
        email: { label: "E-mail", type: "email" }, password: { label: "Adgangskode", type: "password" }, code: { label: "Kode", type: "text" },
      },
      async authorize(credentials, req) {
        const result = await signIn(credentials);
        // The second-factor answers reach the login form as next-auth's error text (ADR 0033).
        if (!result.ok && (result.reason === "TOTP_REQUIRED" || result.reason === "TOTP_SETUP")) {
          throw new Error(result.reason === "TOTP_REQUIRED" ? TOTP_REQUIRED_ERROR : TOTP_SETUP_ERROR);
        }
        if (!result.ok) return null;
        const claims = await claimsFor(result.user, userAgentOf(req?.headers));
        return claims ? { id: result.user.id, name: result.user.name, email: result.user.email, claims } : null;
      },
    }),
    ...ssoProvider(),
  ],
  events: {
    // Sign-out ends this session on the server too, so a copied cookie stops
    // working (session-check.ts); the user's other browsers stay signed in.
    async signOut({ token }) {
      const claims = (token as { claims?: SessionClaims } | null)?.claims;
      if (claims?.userId && claims.sessionId) await endSession(claims.userId, claims.sessionId);
    },
  },
  callbacks: {
    // A single sign-on: the verified id_token names issuer and subject; the
    // user and her memberships must already exist (ADR 0034). A refusal goes
    // back to the login page with its reason.
    async signIn({ user, account, profile }) {
      if (account?.provider !== SSO_PROVIDER_ID) return true;
      const claims = (profile ?? {}) as IdTokenClaims;
      const emailClaim = claims[ssoConfig()?.emailClaim ?? "email"];
      const result = await signInWithSso({
        issuer: String(claims.iss ?? ""), subject: String(claims.sub ?? ""), email: typeof emailClaim === "string" ? emailClaim : undefined,
      });
      const sessionClaims = result.ok ? await claimsFor(result.user, undefined) : null;
      if (!sessionClaims) return `/login?sso=${result.ok ? "NO_MEMBERSHIP" : result.reason}`;
      Object.assign(user, { claims: sessionClaims });
      return true;
    },
    async jwt({ token, user, account }) {
      if (user && "claims" in user) token.claims = user.claims;
      // Kept for the identity provider's end_session at sign-out (id_token_hint).
      if (account?.provider === SSO_PROVIDER_ID && account.id_token) token.idToken = account.id_token;
      return token;
    },
    async session({ session, token }) {
      // The client sees only what the UI needs to render the header.
      const claims = token.claims as SessionClaims | undefined;
      if (claims) session.user = { name: claims.name, email: claims.email };
      return session;
    },
  },
};
