import type { Db, Prisma } from "@/lib/db/types";
import type { Category } from "@/lib/domain/categories";
import type { AccessContext } from "./context";
import { ForbiddenError, NotFoundError } from "./errors";
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

/** A live sharing basis of the acting organisation on one case: the input of the record rule. */
export type LiveGrant = { category: Category; kind: "CONSENT" | "STATUTORY" | "MEETING"; grantedByOrgId: string };

/**
 * The organisation's live grants on a case, or none when it does not take
 * part in the case. Mirrors app_has_live_basis() in the database.
 */
export function liveGrants(db: Db, ctx: AccessContext, caseId: string, now = new Date()): Promise<LiveGrant[]> {
  return db.sharingBasis.findMany({
    where: { caseId, ...liveBasisWhere(ctx, undefined, now), caseFile: caseWhere(ctx) },
    select: { category: true, kind: true, grantedByOrgId: true },
  });
}

/**
 * THE record rule (ADR 0006), for one case's records of any type: the author
 * organisation reads its own; another organisation reads a record only under
 * a live grant for the record's category. The citizen's consent opens the
 * category whoever wrote the record; a statutory or meeting basis opens only
 * the granting organisation's own records (the data holder decides).
 * `authorField` names the record's author column.
 */
export function recordConditions<F extends string>(ctx: AccessContext, grants: LiveGrant[], authorField: F) {
  return [
    { [authorField]: ctx.orgId },
    ...grants.map((g) => (g.kind === "CONSENT" ? { category: g.category } : { category: g.category, [authorField]: g.grantedByOrgId })),
  ] as ({ category?: Category } & Record<F, string>)[];
}

/** A case's notes the organisation may read; pass `liveGrants` for the same case. */
export function noteWhere(ctx: AccessContext, grants: LiveGrant[]): Prisma.NoteWhereInput {
  return { OR: recordConditions(ctx, grants, "authorOrgId") };
}
