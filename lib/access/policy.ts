import type { Prisma } from "@/lib/db/types";
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

/** Notes: the author organisation, and whoever may see the case. */
export function noteWhere(ctx: AccessContext): Prisma.NoteWhereInput {
  return { OR: [{ authorOrgId: ctx.orgId }, { caseFile: caseWhere(ctx) }] };
}

/**
 * "Hvem har set sagen": the case's log is shown to its responsible
 * organisation only. Returns the where for the case row that must match
 * before the log is read.
 */
export function caseAuditReaderWhere(ctx: AccessContext, caseId: string): Prisma.CaseFileWhereInput {
  return { id: caseId, responsibleOrgId: ctx.orgId };
}
