// Never in a client bundle. Scripts (seed, worker) load it with the
// react-server condition; vitest aliases the guard (vitest.config.mts).
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "./generated/client";
import { SerialClient } from "./serial-client";

export type { PrismaClient };

/** Every model (table) name: lets tests cover each new table automatically. */
export const MODEL_NAMES: readonly string[] = Object.values(Prisma.ModelName);

/**
 * The owner connection for set-up code only: seed, tests' fixtures,
 * maintenance scripts and background jobs (lib/jobs). It is not subject to
 * row-level security. App code uses withAccess (ADR 0002); ESLint refuses an
 * import of this file anywhere else.
 */
export function ownerClient(url = process.env.DATABASE_URL, poolSize = 4): PrismaClient {
  if (!url) throw new Error("DATABASE_URL is not set");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize, Client: SerialClient }) });
}
