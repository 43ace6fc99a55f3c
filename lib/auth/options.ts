import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { IDLE_TIMEOUT_SECONDS, sessionCookieName, secureCookies, type SessionClaims } from "./session-token";
import { endSession, startSession } from "./session-check";
import { signIn } from "./sign-in";
import { TOTP_REQUIRED_ERROR, TOTP_SETUP_ERROR } from "./totp-rules";

function userAgentOf(headers: Record<string, unknown> | undefined): string | undefined {
  const value = headers?.["user-agent"];
  return typeof value === "string" ? value : undefined;
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
        const first = result.user.memberships[0];
        if (!first) return null;
        const now = Date.now();
        const claims: SessionClaims = {
          userId: result.user.id,
          name: result.user.name,
          email: result.user.email,
          orgId: first.orgId,
          orgName: first.orgName,
          role: first.role,
          memberships: result.user.memberships,
          lastActivity: now,
          issuedAt: now,
          sessionVersion: result.user.sessionVersion,
          sessionId: await startSession(result.user.id, userAgentOf(req?.headers)),
        };
        return { id: result.user.id, name: result.user.name, email: result.user.email, claims };
      },
    }),
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
    async jwt({ token, user }) {
      if (user && "claims" in user) token.claims = user.claims;
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
