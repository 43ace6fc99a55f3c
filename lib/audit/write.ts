import "server-only";
import type { AccessContext } from "@/lib/access/context";
import type { Db, Prisma } from "@/lib/db/types";
import type { AuditAction } from "./actions";

export type AuditEntry = {
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  caseId?: string;
  personId?: string;
  details?: Prisma.InputJsonValue;
};

/** Writes one audit row in the caller's transaction: it commits or rolls back with the work. */
export async function audit(db: Db, ctx: AccessContext, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      ...entry,
      userId: ctx.userId,
      actorName: ctx.userName,
      orgId: ctx.orgId,
      orgName: ctx.orgName,
      requestId: ctx.requestId,
    },
    select: { id: true },
  });
}

/** For sign-in events, before any organisation context exists (system path). */
export async function auditSignIn(
  db: Db,
  entry: { action: AuditAction; userId?: string; actorName?: string; details?: Prisma.InputJsonValue },
): Promise<void> {
  await db.auditEvent.create({ data: { ...entry, entityType: "User", entityId: entry.userId }, select: { id: true } });
}
