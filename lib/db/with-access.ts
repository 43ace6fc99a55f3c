import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { prisma } from "./client";
import type { Db } from "./types";

/**
 * Runs `fn` in ONE transaction as the restricted runtime role, with the
 * organisation and user as transaction-local settings that the row-level
 * security policies read. Transaction-local only: the embedded database
 * serves every connection from one backend session (ADR 0002).
 */
export async function withAccess<T>(ctx: AccessContext, fn: (db: Db) => Promise<T>): Promise<T> {
  return prisma().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('role', 'app_runtime', true),
      set_config('app.org_id', ${ctx.orgId}, true),
      set_config('app.user_id', ${ctx.userId}, true)`;
    return fn(tx);
  });
}

/**
 * The system path: runs as the owner, outside row-level security. Only for
 * what has no organisation context yet: sign-in (finding the user, lockout,
 * memberships) and its audit rows. Never for feature code (ADR 0002).
 */
export async function withSystem<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  return prisma().$transaction(async (tx) => fn(tx));
}
