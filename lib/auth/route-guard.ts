import "server-only";
import type { NextRequest } from "next/server";
import { clientIp, hitRateLimits, RATE_RULES, refundRateLimits, type RateRule } from "@/lib/http/rate-limit";

// Answers next-auth's route gives before next-auth sees the request (ADR 0031).

/**
 * next-auth answers a callbackUrl that is no http(s) URL (`javascript:…`, a
 * NUL byte) with HTTP 500 and a configuration error: that is the client's
 * mistake, so it gets 400.
 */
export function refuseBadCallback(request: NextRequest): Response | null {
  const callbackUrl = request.nextUrl.searchParams.get("callbackUrl");
  if (callbackUrl === null) return null;
  // next-auth's own test (core/lib/assert.js): relative only when it starts with "/".
  try {
    if (/^https?:$/.test(new URL(callbackUrl, callbackUrl.startsWith("/") ? request.nextUrl.origin : undefined).protocol)) return null;
  } catch {
    // Falls through: not a URL at all.
  }
  return new Response("Ugyldig adresse at vende tilbage til efter login.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** The error next-auth's client reads from the answer's url (signIn() with redirect: false). */
export const RATE_LIMITED_ERROR = "RateLimited";

/**
 * A sign-in attempt counts against its IP and its account (the e-mail typed)
 * before any password is checked, so a parallel burst is held to the limit;
 * a successful sign-in takes its count back, so in effect failures add up.
 * Over either limit: 429 with Retry-After, in the JSON shape next-auth's
 * client reads. The lockout after failed passwords (sign-in.ts) still
 * applies within the limit; the limit also covers unknown e-mails and keeps
 * a locked account's hammering out of the audit log.
 */
export async function limitSignIn(
  request: NextRequest, signIn: (request: NextRequest) => Promise<Response>,
): Promise<Response> {
  if (request.method !== "POST" || !request.nextUrl.pathname.endsWith("/callback/credentials")) return signIn(request);
  const email = await request.clone().formData().then((form) => form.get("email"), () => null);
  const hits: [RateRule, string][] = [[RATE_RULES.signInPerIp, clientIp(request.headers)]];
  if (typeof email === "string" && email.trim()) hits.push([RATE_RULES.signInPerAccount, email.trim().toLowerCase()]);
  const decision = await hitRateLimits(hits);
  if (!decision.allowed) {
    const url = new URL(`/login?error=${RATE_LIMITED_ERROR}`, request.nextUrl.origin).toString();
    return Response.json({ url }, { status: 429, headers: { "Retry-After": String(decision.retryAfterSeconds) } });
  }
  const response = await signIn(request);
  if (await signedIn(response)) await refundRateLimits(hits);
  return response;
}

/** Whether next-auth's answer is a sign-in: its target (JSON url or Location) carries no error. */
async function signedIn(response: Response): Promise<boolean> {
  const target = response.headers.get("location")
    ?? (await response.clone().json().then((body: { url?: unknown }) => (typeof body?.url === "string" ? body.url : null), () => null));
  return response.status < 400 && target !== null && !/[?&]error=/.test(target);
}
