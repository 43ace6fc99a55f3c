import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { isServiceBusy, ServiceBusyError } from "./busy";
import { prisma, runtimePrisma } from "./client";
import { markRequestBusy } from "./request-state";
import type { Db } from "./types";

/**
 * Limits of one request's transaction (ADR 0010). A statement may run as long
 * as the whole transaction may: beyond that the request is shed (HTTP 503),
 * and PostgreSQL stops the statement instead of running it for nobody.
 * maxWait: how long a request waits for a free connection before it is shed.
 */
export const TRANSACTION_LIMITS = { maxWait: 2_000, timeout: 8_000 } as const;
/** statement_timeout and idle_in_transaction_session_timeout alike: the transaction's own limit. */
const SERVER_TIMEOUT = `${TRANSACTION_LIMITS.timeout}ms`;

async function shedWhenBusy<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isServiceBusy(error)) throw error;
    markRequestBusy();
    throw new ServiceBusyError(error);
  }
}

/**
 * Runs `fn` in ONE transaction as the restricted runtime role, with the
 * organisation and user as transaction-local settings that the row-level
 * security policies read. Transaction-local only: PgBouncer in transaction
 * mode and the embedded database (one backend) both rely on it (ADR 0002).
 * JIT is off: it compiled the list's plan on every request and cost more
 * than it saved on these short, index-bound queries.
 */
export async function withAccess<T>(ctx: AccessContext, fn: (db: Db) => Promise<T>): Promise<T> {
  return shedWhenBusy(() =>
    runtimePrisma().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('role', 'app_runtime', true),
        set_config('app.org_id', ${ctx.orgId}, true),
        set_config('app.user_id', ${ctx.userId}, true),
        set_config('statement_timeout', ${SERVER_TIMEOUT}, true),
        set_config('idle_in_transaction_session_timeout', ${SERVER_TIMEOUT}, true),
        set_config('jit', 'off', true)`;
      return fn(tx);
    }, TRANSACTION_LIMITS),
  );
}

/**
 * The system path: runs as the owner, outside row-level security. Only for
 * what has no organisation context yet: sign-in (finding the user, lockout,
 * memberships) and its audit rows, and background jobs. Never for feature
 * code (ADR 0002).
 */
export async function withSystem<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  return shedWhenBusy(() => prisma().$transaction(async (tx) => fn(tx), TRANSACTION_LIMITS));
}

/**
 * As the runtime role with NO organisation or user: row-level security shows
 * nothing, only the SECURITY DEFINER functions granted to the role answer.
 * For requests that carry their own secret instead of a session (the
 * calendar feed's token).
 */
export async function withAnonymous<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  return shedWhenBusy(() =>
    runtimePrisma().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('role', 'app_runtime', true),
        set_config('statement_timeout', ${SERVER_TIMEOUT}, true),
        set_config('jit', 'off', true)`;
      return fn(tx);
    }, TRANSACTION_LIMITS),
  );
}
