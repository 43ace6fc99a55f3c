import "server-only";
import type { z } from "@/lib/validation/zod";
import type { AccessContext } from "@/lib/access/context";
import { NotFoundError } from "@/lib/access/errors";
import { ownTaskWhere } from "@/lib/access/own-records";
import { requirePermission } from "@/lib/access/policy";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { withAccess, type Db } from "@/lib/db";
import { atCopenhagen, copenhagenDay } from "@/lib/domain/calendar/zone";
import { colleaguesWith } from "@/lib/orgs/colleagues";
import type { assignTaskSchema, completeTaskSchema, rescheduleTaskSchema, taskIdSchema } from "./schemas";

// Taking, finishing, reopening, handing over and moving the organisation's
// own tasks (issue "The caseworker's day", item 3). Every change is one audit row with
// the case, so it stays in the case's history. Another organisation's task
// is NotFoundError and nothing changes.

const taskSelect = { id: true, caseId: true, status: true, title: true, dueAt: true } as const;

/** One of the organisation's tasks: another organisation's is NotFoundError before anything else. */
async function ownTask(db: Db, ctx: AccessContext, taskId: string) {
  const task = await db.task.findFirst({ where: { id: taskId, ...ownTaskWhere(ctx) }, select: taskSelect });
  if (!task) throw new NotFoundError("task");
  requirePermission(ctx, "task:read");
  return task;
}

function caseOf(task: { caseId: string | null }) {
  return task.caseId ?? undefined;
}

/**
 * "Tag opgaven": a user takes one of the organisation's open tasks, so it
 * shows under "Mine opgaver".
 */
export async function claimTask(ctx: AccessContext, input: z.output<typeof taskIdSchema>): Promise<void> {
  await withAccess(ctx, async (db) => {
    const task = await ownTask(db, ctx, input.taskId);
    if (task.status !== "OPEN") throw new ValidationError("Opgaven er allerede udført.");
    // ownerUserId null in the WHERE: of two colleagues taking it at once, one wins.
    const taken = await db.task.updateMany({ where: { id: task.id, ownerUserId: null, ...ownTaskWhere(ctx) }, data: { ownerUserId: ctx.userId } });
    if (taken.count !== 1) throw new ValidationError("En kollega har allerede taget opgaven.");
    await audit(db, ctx, { action: "task.claim", entityType: "Task", entityId: task.id, caseId: caseOf(task) });
  });
}

/** "Markér som udført", with an optional note. */
export async function completeTask(ctx: AccessContext, input: z.output<typeof completeTaskSchema>): Promise<void> {
  await withAccess(ctx, async (db) => {
    const task = await ownTask(db, ctx, input.taskId);
    // status OPEN in the WHERE: of two colleagues finishing it at once, one does.
    const done = await db.task.updateMany({
      where: { id: task.id, status: "OPEN", ...ownTaskWhere(ctx) },
      data: { status: "DONE", completedAt: new Date(), completedByName: ctx.userName, completionNote: input.note ?? null },
    });
    if (done.count !== 1) throw new ValidationError("Opgaven er allerede udført.");
    await audit(db, ctx, { action: "task.complete", entityType: "Task", entityId: task.id, caseId: caseOf(task), details: { note: !!input.note } });
  });
}

/** "Genåbn": a task finished by mistake goes back to open. */
export async function reopenTask(ctx: AccessContext, input: z.output<typeof taskIdSchema>): Promise<void> {
  await withAccess(ctx, async (db) => {
    const task = await ownTask(db, ctx, input.taskId);
    const reopened = await db.task.updateMany({
      where: { id: task.id, status: "DONE", ...ownTaskWhere(ctx) },
      data: { status: "OPEN", completedAt: null, completedByName: null, completionNote: null },
    });
    if (reopened.count !== 1) throw new ValidationError("Opgaven er ikke udført, så den kan ikke genåbnes.");
    await audit(db, ctx, { action: "task.reopen", entityType: "Task", entityId: task.id, caseId: caseOf(task) });
  });
}

/** Colleagues a task can go to: members of the organisation whose role works with tasks. */
export function assignableColleagues(db: Db, ctx: AccessContext): Promise<{ id: string; name: string }[]> {
  return colleaguesWith(db, ctx, "task:read");
}

/** "Tildel": to a colleague in the organisation, or back to nobody (the organisation's list). */
export async function assignTask(ctx: AccessContext, input: z.output<typeof assignTaskSchema>): Promise<void> {
  await withAccess(ctx, async (db) => {
    const task = await ownTask(db, ctx, input.taskId);
    if (task.status !== "OPEN") throw new ValidationError("En udført opgave kan ikke tildeles. Genåbn den først.");
    const userId = input.userId || null;
    let toName: string | null = null;
    if (userId) {
      const colleague = (await assignableColleagues(db, ctx)).find((c) => c.id === userId);
      if (!colleague) throw new ValidationError("Opgaven kan kun tildeles en kollega i din organisation.", { userId: ["Vælg en kollega fra listen"] });
      toName = colleague.name;
    }
    await db.task.updateMany({ where: { id: task.id, ...ownTaskWhere(ctx) }, data: { ownerUserId: userId } });
    await audit(db, ctx, { action: "task.assign", entityType: "Task", entityId: task.id, caseId: caseOf(task), details: { to: toName } });
  });
}

/** "Ny frist": a new due date (end of that day, Danish time) with a reason; never in the past. */
export async function rescheduleTask(ctx: AccessContext, input: z.output<typeof rescheduleTaskSchema>, now = new Date()): Promise<void> {
  if (input.dueDate < copenhagenDay(now)) {
    throw new ValidationError("Fristen kan ikke ligge før i dag.", { dueDate: ["Vælg i dag eller en senere dato"] });
  }
  await withAccess(ctx, async (db) => {
    const task = await ownTask(db, ctx, input.taskId);
    if (task.status !== "OPEN") throw new ValidationError("En udført opgave har ingen frist at flytte.");
    const dueAt = atCopenhagen(input.dueDate, { hours: 23, minutes: 59 });
    // Moved by hand: the reminder is due again for the new date.
    await db.task.updateMany({ where: { id: task.id, ...ownTaskWhere(ctx) }, data: { dueAt, remindedAt: null } });
    await audit(db, ctx, {
      action: "task.reschedule", entityType: "Task", entityId: task.id, caseId: caseOf(task),
      details: { from: task.dueAt?.toISOString() ?? null, to: dueAt.toISOString(), reason: input.reason },
    });
  });
}
