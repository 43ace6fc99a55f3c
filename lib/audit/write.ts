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

/** How background jobs appear in the audit log ("Hvem har set sagen"): never as a user (ADR 0015). */
export const SYSTEM_ACTOR_NAME = "System";

/**
 * An audit row written by a background job: no user (userId NULL), the actor
 * "System", and the organisation the row concerns, if one. The job's run id
 * is the requestId, so one run's rows can be found together.
 */
export async function auditSystem(
  db: Db,
  run: { runId: string },
  entry: AuditEntry & { orgId?: string; orgName?: string },
): Promise<void> {
  await db.auditEvent.create({
    data: { ...entry, userId: null, actorName: SYSTEM_ACTOR_NAME, requestId: `job:${run.runId}` },
    select: { id: true },
  });
}
