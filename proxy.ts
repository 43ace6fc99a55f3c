import { encode, getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { claimsOf, cookieMaxAgeSeconds, isExpired, sessionCookieName, secureCookies } from "@/lib/auth/session-token";
import { refuseMalformedPath, refuseUnsafeRequest } from "@/lib/http/request-guard";
import { applySecurityHeaders, contentSecurityPolicy, newNonce } from "@/lib/http/security-headers";

// Every page but /login needs a live session. This is the optimistic check
// and the sliding idle timeout under an absolute lifetime; pages and actions
// check access again.
// The calendar feed carries its own secret token (a calendar program has no session).
// A set-password link is its own credential too (ADR 0033).
const PUBLIC = [/^\/login$/, /^\/adgangskode\/[A-Za-z0-9_-]+$/, /^\/api\/auth\//, /^\/api\/health$/, /^\/api\/kalender\/[A-Za-z0-9_-]+(\.ics)?$/];
const REFRESH_AFTER_MS = 60_000;

export async function proxy(request: NextRequest) {
  const refused = refuseMalformedPath(request.nextUrl.pathname) ?? refuseUnsafeRequest(request.method, request.headers);
  const csp = contentSecurityPolicy(newNonce());
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", csp);
  const response = refused ?? (await route(request, forwarded));
  applySecurityHeaders(response.headers, csp);
  return response;
}

async function route(request: NextRequest, forwarded: Headers): Promise<Response> {
  forwarded.set("x-request-id", crypto.randomUUID());
  const { pathname } = request.nextUrl;
  if (PUBLIC.some((pattern) => pattern.test(pathname))) {
    return NextResponse.next({ request: { headers: forwarded } });
  }

  const secret = process.env.NEXTAUTH_SECRET;
  const token = secret
    ? await getToken({ req: request, secret, cookieName: sessionCookieName(), secureCookie: secureCookies() })
    : null;
  const claims = claimsOf(token);
  if (!claims || isExpired(claims)) {
    const login = new URL("/login", request.url);
    if (claims) login.searchParams.set("udloebet", "1");
    if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
    const response = NextResponse.redirect(login);
    response.cookies.delete(sessionCookieName());
    return response;
  }

  const response = NextResponse.next({ request: { headers: forwarded } });
  const now = Date.now();
  if (now - claims.lastActivity > REFRESH_AFTER_MS && token && secret) {
    // Slides the idle timeout only: issuedAt is kept, so the absolute lifetime still ends the session.
    const next = { ...claims, lastActivity: now, issuedAt: claims.issuedAt };
    const maxAge = cookieMaxAgeSeconds(next, now);
    const refreshed = await encode({ token: { ...token, claims: next }, secret, maxAge });
    response.cookies.set(sessionCookieName(), refreshed, {
      httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(), maxAge,
    });
  }
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
