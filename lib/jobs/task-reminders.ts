import "server-only";
import { auditSystem } from "@/lib/audit/write";
import { addCalendarDays } from "@/lib/domain/calendar";
import { deadlineStatus } from "@/lib/domain/deadlines";
import { orgCalendar } from "@/lib/orgs/org";
import { defineJob, type JobContext } from "./job";

// Notifications are a later issue: until then a reminder is the mark
// Task.remindedAt plus one audit row per task as the system actor, which the
// notification channel will read.

/**
 * One working day is never more than a week of calendar days away (Easter:
 * Wednesday to Tuesday is six), so tasks due later cannot be due soon yet.
 */
const LOOKAHEAD_DAYS = 7;
/** Per run; the next run picks up the rest. */
const BATCH = 500;

/**
 * Open tasks that are due soon (at most one working day left in their
 * organisation's calendar, as the lists show "Snart") or overdue, and not
 * reminded yet, get remindedAt and an audit row. Runs as the owner across
 * organisations; safe to run twice at once (only rows still unmarked are
 * marked and audited).
 */
export async function remindDueTasks({ db, now, runId }: JobContext): Promise<{ reminded: number }> {
  const candidates = await db.task.findMany({
    where: { status: "OPEN", remindedAt: null, dueAt: { not: null, lte: addCalendarDays(now, LOOKAHEAD_DAYS) } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: BATCH,
    select: { id: true, orgId: true, dueAt: true },
  });
  if (candidates.length === 0) return { reminded: 0 };
  const orgs = await db.organization.findMany({
    where: { id: { in: [...new Set(candidates.map((t) => t.orgId))] } },
    select: { id: true, name: true, settings: true },
  });
  const byId = new Map(orgs.map((o) => [o.id, { name: o.name, calendar: orgCalendar(o.settings) }]));
  const due = candidates.filter((t) => {
    const status = deadlineStatus(t.dueAt!, null, now, byId.get(t.orgId)?.calendar);
    return status === "DUE_SOON" || status === "OVERDUE";
  });
  if (due.length === 0) return { reminded: 0 };

  return db.$transaction(async (tx) => {
    const marked = await tx.task.updateManyAndReturn({
      where: { id: { in: due.map((t) => t.id) }, remindedAt: null, status: "OPEN" },
      data: { remindedAt: now },
      select: { id: true, orgId: true, caseId: true, dueAt: true },
    });
    for (const task of marked) {
      await auditSystem(tx, { runId }, {
        action: "task.remind", entityType: "Task", entityId: task.id, caseId: task.caseId ?? undefined,
        orgId: task.orgId, orgName: byId.get(task.orgId)?.name,
        details: { dueAt: task.dueAt!.toISOString(), overdue: task.dueAt! < now },
      });
    }
    return { reminded: marked.length };
    // A batch of audit rows can take longer than Prisma's 5 s default; a job is not a request.
  }, { timeout: 60_000, maxWait: 10_000 });
}

export const taskReminders = defineJob({
  name: "task-reminders",
  cron: "*/15 * * * *",
  description: "Påminder om åbne opgaver, hvis frist er nær (højst 1 hverdag) eller overskredet",
  handler: (ctx) => remindDueTasks(ctx),
});
