import { secureCookies } from "@/lib/auth/session-token";

// The response headers every answer carries (ADR 0031). Pure: proxy.ts calls
// them per request, tests call them directly. The static ones (nosniff,
// X-Frame-Options, ...) stay in next.config.js so /_next/static gets them too.

/** 128 random bits, base64: a fresh one per request, so an injected script cannot guess it. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Scripts run only with this request's nonce ('strict-dynamic' lets Next's
 * nonce'd loader fetch its chunks); never 'unsafe-inline'. Style attributes
 * need 'unsafe-inline' (React's style props, Schedule-X's event positions):
 * a nonce cannot cover an attribute, and they cannot run code. Style
 * elements still need the nonce. Development adds what React's dev tools and
 * hot reload need ('unsafe-eval', a websocket).
 */
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean; https?: boolean } = {}): string {
  const { dev = process.env.NODE_ENV === "development", https = secureCookies() } = options;
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Browsers without the -elem/-attr split (Safari before 15.4) fall back to this line.
    "style-src 'self' 'unsafe-inline'",
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Two years with subdomains: the HSTS preload list's minimum. Only over https. */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** Sets the per-request security headers on a response (CSP, and HSTS over https). */
export function applySecurityHeaders(headers: Headers, csp: string): void {
  headers.set("Content-Security-Policy", csp);
  if (secureCookies()) headers.set("Strict-Transport-Security", HSTS_VALUE);
}
