import type { Prisma } from "@/lib/db/types";
import { CATEGORIES, type Category } from "@/lib/domain/categories";
import type { AccessContext } from "./context";
import { ForbiddenError } from "./errors";
import { hasPermission, type Permission } from "./roles";

/** Throws unless the acting role holds the permission (fail closed). */
export function requirePermission(ctx: AccessContext, permission: Permission): void {
  if (!hasPermission(ctx.role, permission)) throw new ForbiddenError(permission);
}

export function can(ctx: AccessContext, permission: Permission): boolean {
  return hasPermission(ctx.role, permission);
}

// Where-builders: THE app-level statement of who sees what. Row-level security
// in PostgreSQL states the same rule again as a backstop (ADR 0002).

/** Cases the organisation is responsible for or currently participates in. */
export function caseWhere(ctx: AccessContext): Prisma.CaseFileWhereInput {
  return {
    OR: [
      { responsibleOrgId: ctx.orgId },
      { participants: { some: { orgId: ctx.orgId, until: null } } },
    ],
  };
}

/** Cases whose stamdata the organisation authors and may change. */
export function caseWriteWhere(ctx: AccessContext): Prisma.CaseFileWhereInput {
  return { responsibleOrgId: ctx.orgId };
}

/**
 * A live sharing basis for the organisation: not revoked (a withdrawn consent
 * revokes its bases), started, and not expired. `now` is per request, so a
 * withdrawal or an expiry takes effect on the next request.
 */
export function liveBasisWhere(ctx: AccessContext, category?: Category, now = new Date()): Prisma.SharingBasisWhereInput {
  return {
    recipientOrgId: ctx.orgId,
    ...(category ? { category } : {}),
    revokedAt: null,
    validFrom: { lte: now },
    OR: [{ validTo: null }, { validTo: { gt: now } }],
  };
}

/**
 * Cases where the organisation may read OTHER organisations' records of one
 * category: it participates (or is responsible) AND a live basis covers it and
 * the category. Mirrors app_has_live_basis() in the consent migration.
 */
export function caseSharedWhere(ctx: AccessContext, category: Category, now = new Date()): Prisma.CaseFileWhereInput {
  return { AND: [caseWhere(ctx), { bases: { some: liveBasisWhere(ctx, category, now) } }] };
}

/**
 * THE record rule (ADR 0006), for any case record with a category and a case:
 * its author organisation reads it, anyone else only under a live basis for
 * the record's own category. Prisma cannot compare a column with a related
 * row's column, so the category match is spelt out per category.
 */
export function sharedRecordConditions(ctx: AccessContext, now = new Date()): { category: Category; caseFile: Prisma.CaseFileWhereInput }[] {
  return CATEGORIES.map((category) => ({ category, caseFile: caseSharedWhere(ctx, category, now) }));
}

/** Notes: the author organisation, and participants under a live basis for the note's category. */
export function noteWhere(ctx: AccessContext, now = new Date()): Prisma.NoteWhereInput {
  return { OR: [{ authorOrgId: ctx.orgId }, ...sharedRecordConditions(ctx, now)] };
}

/**
 * "Hvem har set sagen": the case's log is shown to its responsible
 * organisation only. Returns the where for the case row that must match
 * before the log is read.
 */
export function caseAuditReaderWhere(ctx: AccessContext, caseId: string): Prisma.CaseFileWhereInput {
  return { id: caseId, responsibleOrgId: ctx.orgId };
}
