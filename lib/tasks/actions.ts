import "server-only";
import { ownTaskWhere } from "@/lib/access/own-records";
import type { z } from "@/lib/validation/zod";
import type { AccessContext } from "@/lib/access/context";
import { NotFoundError } from "@/lib/access/errors";
import { requirePermission } from "@/lib/access/policy";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { withAccess } from "@/lib/db";
import type { taskIdSchema } from "./schemas";

/**
 * "Tag opgaven": a user takes one of the organisation's open tasks, so it
 * shows under "Mine opgaver". Another organisation's task is NotFoundError.
 */
export async function claimTask(ctx: AccessContext, input: z.output<typeof taskIdSchema>): Promise<void> {
  await withAccess(ctx, async (db) => {
    const task = await db.task.findFirst({ where: { id: input.taskId, ...ownTaskWhere(ctx) }, select: { id: true, caseId: true, status: true } });
    if (!task) throw new NotFoundError("task");
    requirePermission(ctx, "task:read");
    if (task.status !== "OPEN") throw new ValidationError("Opgaven er allerede udført.");
    // ownerUserId null in the WHERE: of two colleagues taking it at once, one wins.
    const taken = await db.task.updateMany({ where: { id: task.id, ownerUserId: null, ...ownTaskWhere(ctx) }, data: { ownerUserId: ctx.userId } });
    if (taken.count !== 1) throw new ValidationError("En kollega har allerede taget opgaven.");
    await audit(db, ctx, { action: "task.claim", entityType: "Task", entityId: task.id, caseId: task.caseId ?? undefined });
  });
}
