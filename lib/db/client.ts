import "server-only";
import type { PrismaClient } from "./generated/client";
import { ownerClient } from "./owner";

// One pool of each kind per server process. Next's dev server re-evaluates
// modules on change; keeping the clients on globalThis stops each reload
// opening new pools.
const globalForPrisma = globalThis as unknown as { samforloebPrisma?: PrismaClient; samforloebRuntime?: PrismaClient };

function ownerUrl(): string {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or set it in .env");
  return process.env.DATABASE_URL;
}

/**
 * The request pool's login (ADR 0010): APP_DATABASE_URL, the app_login role
 * that can only become app_runtime. Without it (the embedded database, which
 * has one user) requests use the owner's login and still SET ROLE app_runtime.
 */
function runtimeUrl(): string {
  return process.env.APP_DATABASE_URL || ownerUrl();
}

/** The owner's pool: the system path only (sign-in look-ups, jobs). */
export function prisma(): PrismaClient {
  globalForPrisma.samforloebPrisma ??= ownerClient(ownerUrl(), 4);
  return globalForPrisma.samforloebPrisma;
}

/** The request pool, logged in as app_login where the server has it. */
export function runtimePrisma(): PrismaClient {
  globalForPrisma.samforloebRuntime ??= ownerClient(runtimeUrl(), 10);
  return globalForPrisma.samforloebRuntime;
}
