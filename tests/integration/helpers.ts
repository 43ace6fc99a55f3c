// Shared helpers for integration tests. Every test builds its own tenants:
// nothing here reads seed data.
import { randomUUID } from "node:crypto";
import { withCaseScope, type CaseScope } from "@/lib/access/case-scope";
import { withOrgScope, type OrgScope } from "@/lib/access/org-scope";
import type { AccessContext } from "@/lib/access/context";
import type { Role } from "@/lib/access/roles";
import type { OrgType } from "@/lib/db/types";
import { ownerClient, type PrismaClient } from "@/lib/db/owner";
import { withAccess } from "@/lib/db/with-access";
import { contextFor, createOrg, createUser } from "@/tests/fixtures/factories";

/** Not an argon2 hash: users made with it can never sign in. */
export const DUMMY_PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$dummy$dummy";

// One owner client per worker (kept on globalThis like lib/db/client's), so
// test files do not each open a pool against the shared database.
const globalForOwner = globalThis as unknown as { samforloebTestOwner?: PrismaClient };

/** The owner connection (outside row-level security): fixtures and checks only. */
export function owner(): PrismaClient {
  globalForOwner.samforloebTestOwner ??= ownerClient(process.env.DATABASE_URL, 4);
  return globalForOwner.samforloebTestOwner;
}

/**
 * Whether the tests run on a real PostgreSQL server (TEST_DATABASE_URL), not
 * the embedded PGlite: there requests log in as app_login, and transactions
 * run side by side (PGlite has one backend, one user, one transaction at a time).
 */
export function onRealServer(): boolean {
  return process.env.APP_DATABASE_URL !== process.env.DATABASE_URL;
}

export type Tenant = {
  org: { id: string; name: string };
  user: { id: string; name: string; email: string };
  ctx: AccessContext;
};

/** A fresh organisation (default a KOMMUNE_FAMILIE) with one user (default SAGSBEHANDLER) in it. */
export async function freshTenant(label: string, role: Role = "SAGSBEHANDLER", type?: OrgType): Promise<Tenant> {
  const suffix = randomUUID().slice(0, 8);
  const org = await createOrg(owner(), { name: `${label} ${suffix}`, type });
  const user = await createUser(owner(), {
    name: `${label} Bruger ${suffix}`,
    email: `${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${suffix}@test.samforloeb`,
    passwordHash: DUMMY_PASSWORD_HASH,
    memberships: [{ orgId: org.id, role }],
  });
  return { org, user, ctx: contextFor(user, org, role) };
}

/** Runs raw SQL as the runtime role in `ctx`'s organisation (RLS applies). */
export function rawAsRuntime<T = Record<string, unknown>>(ctx: AccessContext, sql: string, ...params: unknown[]): Promise<T[]> {
  return withAccess(ctx, (db) => db.$queryRawUnsafe<T[]>(sql, ...params));
}

/** Runs raw SQL as the runtime role with NO organisation or user context. */
export function rawWithoutContext<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]> {
  return owner().$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL ROLE app_runtime");
    return tx.$queryRawUnsafe<T[]>(sql, ...params);
  });
}

/** SQL identifier quoting for table names read from the catalog. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A case loader as a page calls it: one transaction, one case scope (NotFoundError for outsiders). */
export function inCase<T>(ctx: AccessContext, caseId: string, load: (scope: CaseScope) => Promise<T>): Promise<T> {
  return withCaseScope(ctx, caseId, load);
}

/** A case action as its server action calls it: the scope of `input.caseId`, then the action. */
export function act<I extends { caseId: string }, T>(ctx: AccessContext, action: (scope: CaseScope, input: I) => Promise<T>, input: I): Promise<T> {
  return withCaseScope(ctx, input.caseId, (scope) => action(scope, input));
}

/** An organisation-wide loader (queues, lists) as its page calls it: one transaction, one organisation scope. */
export function inOrg<T>(ctx: AccessContext, load: (scope: OrgScope) => Promise<T>): Promise<T> {
  return withOrgScope(ctx, load);
}
