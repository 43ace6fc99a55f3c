import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { endSessionUrl } from "@/lib/auth/sso-logout";
import { secureCookies, sessionCookieName } from "@/lib/auth/session-token";

// Asked by the sign-out button before it signs out (ADR 0034): where to send
// the browser so the identity provider's session ends too.
export async function GET(request: NextRequest) {
  const secret = process.env.NEXTAUTH_SECRET;
  const token = secret ? await getToken({ req: request, secret, cookieName: sessionCookieName(), secureCookie: secureCookies() }) : null;
  return Response.json({ url: await endSessionUrl(token?.idToken) }, { headers: { "Cache-Control": "no-store" } });
}
