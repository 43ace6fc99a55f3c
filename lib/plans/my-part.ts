import "server-only";
import type { PlanScope } from "@/lib/access/plan-scope";
import { ownTaskWhere } from "@/lib/access/own-records";
import { deriveGoalStatus, type ProgressEntry } from "@/lib/domain/plans/goal-status";
import { dateToDay } from "@/lib/domain/calendar";

// "Min del af planen" (issue 11 items 6 and 8): the interventions of the
// latest approved version the acting organisation is responsible for, the
// goals they serve (open to it without a PLAN basis), its follow-up tasks and
// the progress it recorded. Goals are the owner's records: their reads are
// disclosed.

export async function getMyPart(ps: PlanScope) {
  const { scope, plan } = ps;
  const { db, ctx } = scope;
  const mine = await db.planIntervention.findMany({
    where: { planId: plan.id, approved: true, responsibleOrgId: ctx.orgId, ...scope.planInterventions() },
    orderBy: [{ versionNumber: "desc" }, { position: "asc" }],
    select: { id: true, key: true, versionId: true, versionNumber: true, title: true, track: true, startDate: true, followUpDate: true, frequency: true, goalKeys: true },
  });
  const latest = mine.filter((i) => i.versionNumber === mine[0]?.versionNumber);
  if (latest.length === 0) return null;
  const served = [...new Set(latest.flatMap((i) => i.goalKeys))];
  const [goals, tasks, progress] = await Promise.all([
    db.planGoal.findMany({
      where: { versionId: latest[0]!.versionId, key: { in: served }, ...scope.planGoals(served) }, orderBy: { position: "asc" },
      select: { id: true, key: true, title: true, targetDate: true, status: true, category: true, ownerOrgId: true },
    }),
    db.task.findMany({ where: { ...ownTaskWhere(ctx), sourceKind: "PLAN_INTERVENTION", sourceId: { in: latest.map((i) => i.id) } }, select: { id: true, sourceId: true, title: true, dueAt: true, status: true } }),
    db.planInterventionProgress.findMany({
      where: { planId: plan.id, authorOrgId: ctx.orgId, interventionKey: { in: latest.map((i) => i.key) }, ...scope.planProgress() },
      orderBy: [{ on: "asc" }, { at: "asc" }], select: { id: true, interventionKey: true, kind: true, on: true, note: true, byName: true },
    }),
  ]);
  await scope.disclose(goals.map((g) => ({ recordType: "PlanGoal", id: g.id, category: g.category, authorOrgId: g.ownerOrgId })));
  const entries: ProgressEntry[] = progress.map((p) => ({ interventionKey: p.interventionKey, kind: p.kind, on: dateToDay(p.on) }));
  return {
    interventions: latest.map((i) => ({
      ...i, startDate: dateToDay(i.startDate), followUpDate: dateToDay(i.followUpDate),
      task: tasks.find((t) => t.sourceId === i.id) ?? null,
      progress: progress.filter((p) => p.interventionKey === i.key).map((p) => ({ ...p, on: dateToDay(p.on) })),
    })),
    goals: goals.map((g) => ({
      id: g.id, title: g.title, targetDate: dateToDay(g.targetDate),
      status: deriveGoalStatus(g.status, latest.filter((i) => i.goalKeys.includes(g.key)).map((i) => i.key), entries),
    })),
  };
}
export type MyPart = NonNullable<Awaited<ReturnType<typeof getMyPart>>>;
