import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { limitSignIn, refuseBadCallback } from "@/lib/auth/route-guard";

const handler = NextAuth(authOptions);

async function guarded(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  return refuseBadCallback(request) ?? limitSignIn(request, (checked) => handler(checked, context));
}

export { guarded as GET, guarded as POST };
