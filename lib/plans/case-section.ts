import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { ownDeadlineWhere, ownTaskWhere } from "@/lib/access/own-records";
import { copenhagenDay } from "@/lib/domain/calendar";
import { ofNewestVersion } from "@/lib/domain/plans/latest";
import { mayOwnPlanKind, PLAN_CLOCKS, PLAN_KIND_INFO, PLAN_KINDS, type PlanKind } from "@/lib/domain/plans/kinds";
import { dateToDay } from "@/lib/domain/calendar";

// The case page's "Handleplaner" (issue 11 item 5): each plan the
// organisation may see with its status ("Godkendt 3. nov., næste opfølgning
// 3. feb."), a missing plan shown as its deadline, and "Min del af planen":
// the interventions the organisation is responsible for and their follow-up
// tasks. Plan rows carry kind and status only; their content is read on the
// plan's page (and disclosed there).


export async function getCasePlansSection(scope: CaseScope) {
  const { db, ctx, caseId } = scope;
  const today = copenhagenDay(new Date());
  const plans = await db.plan.findMany({ where: scope.plans(), orderBy: { createdAt: "asc" }, select: { id: true, kind: true, ownerOrgId: true } });
  // No plan the organisation sees, nothing more to read (the case page's statement budget).
  const versions = plans.length === 0 ? [] : await db.planVersion.findMany({
    where: { planId: { in: plans.map((p) => p.id) }, ...scope.planVersions() }, orderBy: { number: "desc" },
    select: { id: true, planId: true, number: true, status: true, approvedAt: true },
  });
  // What holds is each plan's newest approved version (a draft revision changes nothing yet).
  const interventions = plans.length === 0 ? [] : ofNewestVersion(await db.planIntervention.findMany({
    where: { planId: { in: plans.map((p) => p.id) }, approved: true, ...scope.planInterventions() },
    select: { id: true, planId: true, versionId: true, versionNumber: true, key: true, title: true, followUpDate: true, responsibleOrgId: true, startDate: true, frequency: true },
  }));
  const rows = plans.map((p) => {
    const latest = versions.find((v) => v.planId === p.id) ?? null;
    const next = interventions
      .filter((i) => i.planId === p.id && dateToDay(i.followUpDate) >= today)
      .map((i) => dateToDay(i.followUpDate)).sort()[0] ?? null;
    return { id: p.id, kind: p.kind, label: PLAN_KIND_INFO[p.kind].label, isOwn: scope.isOwn(p.ownerOrgId), latest, nextFollowUp: next };
  });
  // A plan the organisation owes but has not approved yet is a deadline on the case.
  const missing = await db.deadline.findMany({
    where: { caseId, ...ownDeadlineWhere(ctx), ruleId: { in: PLAN_CLOCKS }, status: "OPEN" },
    orderBy: { dueAt: "asc" }, select: { id: true, label: true, legalReference: true, dueAt: true },
  });
  const mine = interventions.filter((i) => scope.isOwn(i.responsibleOrgId));
  const tasks = mine.length === 0 ? [] : await db.task.findMany({
    where: { ...ownTaskWhere(ctx), sourceKind: "PLAN_INTERVENTION", sourceId: { in: mine.map((i) => i.id) } },
    select: { id: true, sourceId: true, title: true, dueAt: true, status: true },
  });
  const type = (await scope.ownOrg()).type;
  const creatable = PLAN_KINDS.filter((k: PlanKind) => mayOwnPlanKind(type, k) && !rows.some((r) => r.isOwn && r.kind === k));
  return {
    plans: rows,
    missing,
    myPart: mine.map((i) => ({ ...i, followUpDate: dateToDay(i.followUpDate), startDate: dateToDay(i.startDate), task: tasks.find((t) => t.sourceId === i.id) ?? null })),
    canCreate: scope.can("plan:create"),
    creatable: creatable.map((k) => ({ kind: k, label: PLAN_KIND_INFO[k].label, legalReference: PLAN_KIND_INFO[k].legalReference })),
  };
}
export type CasePlansSection = Awaited<ReturnType<typeof getCasePlansSection>>;
