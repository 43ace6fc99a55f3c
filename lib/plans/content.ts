import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import type { ReadRecord } from "@/lib/access/disclose";
import type { Prisma } from "@/lib/db/types";
import { deriveGoalStatus, latestProgress, type GoalStatus, type ProgressEntry } from "@/lib/domain/plans/goal-status";
import { orgDirectory } from "@/lib/orgs/org";
import { dateToDay } from "@/lib/domain/calendar";

// One version's content as the acting organisation may read it: goals,
// interventions and contacts through the case scope's plan where-builders
// (row-level security says the same), the progress that feeds each goal's
// status, and the records read across the boundary for scope.disclose.

const goalSelect = { id: true, key: true, title: true, targetDate: true, status: true, note: true, category: true, ownerOrgId: true } satisfies Prisma.PlanGoalSelect;
const interventionSelect = {
  id: true, key: true, track: true, title: true, catalogueEntryId: true, responsibleOrgId: true, responsibleUserId: true, responsibleName: true,
  startDate: true, durationWeeks: true, followUpDate: true, frequency: true, goalKeys: true, category: true, authorOrgId: true,
} satisfies Prisma.PlanInterventionSelect;
const contactSelect = { id: true, orgId: true, name: true, phone: true, fallback: true, category: true, ownerOrgId: true } satisfies Prisma.PlanContactSelect;

export type VersionContent = Awaited<ReturnType<typeof readVersionContent>>;

export async function readVersionContent(scope: CaseScope, planId: string, versionId: string) {
  const { db } = scope;
  const interventions = await db.planIntervention.findMany({
    where: { versionId, ...scope.planInterventions() }, orderBy: { position: "asc" }, select: interventionSelect,
  });
  // The goals the organisation's own interventions serve are open to it ("Min del af planen").
  const served = interventions.filter((i) => scope.isOwn(i.responsibleOrgId)).flatMap((i) => i.goalKeys);
  const [goals, contacts, progress, directory] = await Promise.all([
    db.planGoal.findMany({ where: { versionId, ...scope.planGoals(served) }, orderBy: { position: "asc" }, select: goalSelect }),
    db.planContact.findMany({ where: { versionId, ...scope.planContacts() }, orderBy: { position: "asc" }, select: contactSelect }),
    db.planInterventionProgress.findMany({
      where: { planId, interventionKey: { in: interventions.map((i) => i.key) }, ...scope.planProgress() },
      orderBy: [{ on: "asc" }, { at: "asc" }],
      select: { id: true, interventionKey: true, kind: true, on: true, note: true, byName: true, category: true, authorOrgId: true },
    }),
    orgDirectory(db, scope.ctx, { includeOwn: true }),
  ]);
  const orgName = (id: string) => directory.find((o) => o.id === id)?.name ?? "Organisation";
  const entries: ProgressEntry[] = progress.map((p) => ({ interventionKey: p.interventionKey, kind: p.kind, on: dateToDay(p.on) }));
  const latest = latestProgress(entries);

  const read: ReadRecord[] = [
    ...goals.map((g) => ({ recordType: "PlanGoal", id: g.id, category: g.category, authorOrgId: g.ownerOrgId })),
    ...contacts.map((c) => ({ recordType: "PlanContact", id: c.id, category: c.category, authorOrgId: c.ownerOrgId })),
    // The author that wrote an intervention into the plan reads what it wrote: no disclosure.
    ...interventions.filter((i) => !scope.isOwn(i.authorOrgId))
      .map((i) => ({ recordType: "PlanIntervention", id: i.id, category: i.category, authorOrgId: i.responsibleOrgId })),
    ...progress.map((p) => ({ recordType: "PlanInterventionProgress", id: p.id, category: p.category, authorOrgId: p.authorOrgId })),
  ];
  return {
    goals: goals.map((g) => ({
      id: g.id, key: g.key, title: g.title, targetDate: dateToDay(g.targetDate), recordedStatus: g.status as GoalStatus, note: g.note,
      status: deriveGoalStatus(g.status, interventions.filter((i) => i.goalKeys.includes(g.key)).map((i) => i.key), entries),
    })),
    interventions: interventions.map((i) => ({
      id: i.id, key: i.key, track: i.track, title: i.title, catalogueEntryId: i.catalogueEntryId, responsibleOrgId: i.responsibleOrgId,
      responsibleOrgName: orgName(i.responsibleOrgId), responsibleUserId: i.responsibleUserId, responsibleName: i.responsibleName,
      startDate: dateToDay(i.startDate), durationWeeks: i.durationWeeks, followUpDate: dateToDay(i.followUpDate), frequency: i.frequency,
      goalKeys: i.goalKeys, isOwn: scope.isOwn(i.responsibleOrgId), latest: latest.get(i.key) ?? null,
      progress: progress.filter((p) => p.interventionKey === i.key).map((p) => ({ id: p.id, kind: p.kind, on: dateToDay(p.on), note: p.note, byName: p.byName })),
    })),
    contacts: contacts.map((c) => ({ id: c.id, orgId: c.orgId, orgName: orgName(c.orgId), name: c.name, phone: c.phone, fallback: c.fallback })),
    read,
  };
}
