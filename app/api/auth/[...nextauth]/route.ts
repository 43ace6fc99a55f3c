import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

/**
 * next-auth answers a callbackUrl that is no http(s) URL (`javascript:…`, a
 * NUL byte) with HTTP 500 and a configuration error: that is the client's
 * mistake, so it gets 400 before next-auth sees it (ADR 0031).
 */
function refuseBadCallback(request: NextRequest): Response | null {
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

async function guarded(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  return refuseBadCallback(request) ?? handler(request, context);
}

export { guarded as GET, guarded as POST };
