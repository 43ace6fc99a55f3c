import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "./generated/client";
import { SerialClient } from "./serial-client";

export type { PrismaClient };

/** Every model (table) name: lets tests cover each new table automatically. */
export const MODEL_NAMES: readonly string[] = Object.values(Prisma.ModelName);

/**
 * The owner connection for set-up code only: seed, tests' fixtures and
 * maintenance scripts. It is not subject to row-level security. App code
 * uses withAccess (ADR 0002).
 */
export function ownerClient(url = process.env.DATABASE_URL, poolSize = 4): PrismaClient {
  if (!url) throw new Error("DATABASE_URL is not set");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize, Client: SerialClient }) });
}
