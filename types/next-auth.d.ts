import type { SessionClaims } from "@/lib/auth/session-token";

declare module "next-auth" {
  interface User {
    claims?: SessionClaims;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    claims?: SessionClaims;
  }
}
