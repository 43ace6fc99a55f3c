import "server-only";
import type { PrismaClient } from "./generated/client";
import { ownerClient } from "./owner";

// One client per server process. Next's dev server re-evaluates modules on
// change; keeping the client on globalThis stops each reload opening a pool.
const globalForPrisma = globalThis as unknown as { samforloebPrisma?: PrismaClient };

function createClient(): PrismaClient {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or set it in .env");
  return ownerClient(process.env.DATABASE_URL, 10);
}

export function prisma(): PrismaClient {
  globalForPrisma.samforloebPrisma ??= createClient();
  return globalForPrisma.samforloebPrisma;
}
