import type { Prisma } from "@/lib/db/types";
import type { Category } from "@/lib/domain/categories";
import type { AccessContext } from "./context";
import { ForbiddenError, NotFoundError } from "./errors";
import type { CaseRelation } from "./case-permissions";
import { hasPermission, type Permission } from "./roles";

/** Throws unless the acting role holds the permission (fail closed). */
export function requirePermission(ctx: AccessContext, permission: Permission): void {
  if (!hasPermission(ctx.role, permission)) throw new ForbiddenError(permission);
}

export function can(ctx: AccessContext, permission: Permission): boolean {
  return hasPermission(ctx.role, permission);
}

/**
 * For reads of a citizen's case: a role without case:read (an administrator)
 * gets the outsider's answer, NotFoundError.
 */
export function requireCaseReader(ctx: AccessContext): void {
  if (!hasPermission(ctx.role, "case:read")) throw new NotFoundError("case");
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

/** The relation to a case row read through caseWhere (lists: one row, no scope). */
export function relationOf(ctx: AccessContext, row: { responsibleOrgId: string }): CaseRelation {
  return row.responsibleOrgId === ctx.orgId ? "RESPONSIBLE" : "PARTICIPANT";
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
 * Cases whose stamdata (name, CPR) the organisation sees (ADR 0006): it is
 * responsible, registered the person, or holds a live STAMDATA basis (which
 * only the responsible organisation can grant). Mirrors app_person_visible().
 */
export function stamdataCaseWhere(ctx: AccessContext, now = new Date()): Prisma.CaseFileWhereInput {
  return {
    OR: [
      { responsibleOrgId: ctx.orgId },
      { subject: { ownerOrgId: ctx.orgId } },
      { AND: [caseWhere(ctx), { bases: { some: liveBasisWhere(ctx, "STAMDATA", now) } }] },
    ],
  };
}
