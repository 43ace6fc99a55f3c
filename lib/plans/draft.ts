import "server-only";
import type { PlanScope } from "@/lib/access/plan-scope";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import type { Db } from "@/lib/db/types";
import { interventionCategory } from "@/lib/domain/plans/kinds";
import { formatTime, formatDate } from "@/lib/format";
import { caseOrgsAndPeople } from "@/lib/meetings/case-people";
import { dayToDate } from "@/lib/domain/calendar";
import type { SaveDraftValues } from "./schemas";

// Saving a draft (issue 11 items 2 and 4): the owner writes purpose, goals,
// focus points, contacts and the interventions in both tracks. Optimistic
// locking: the save states the lockVersion it read, and the UPDATE ...
// WHERE lockVersion = read takes the row lock first, so of two concurrent
// saves exactly one wins and the other is refused with who saved and when.

const EDITABLE = ["KLADDE", "RETURNERET"] as const;

function invalid(field: string, message: string): ValidationError {
  return new ValidationError(message, { [field]: [message] });
}

/** The owner's own draft of this plan, for an action on it (else NotFoundError-like refusal). */
export async function ownVersion(ps: PlanScope, versionId: string) {
  const version = await ps.scope.db.planVersion.findFirst({
    where: { id: versionId, planId: ps.plan.id, ...ps.scope.planVersions() },
    select: { id: true, number: true, status: true, lockVersion: true, createdByUserId: true, submittedByUserId: true, updatedByName: true, updatedAt: true },
  });
  if (!version) throw new ValidationError("Versionen findes ikke på denne plan.");
  return version;
}

/** Interventions' responsible organisations must be on the case, named persons in them, catalogue entries live. */
async function checkedInterventions(ps: PlanScope, values: SaveDraftValues) {
  const { scope } = ps;
  const { orgs, people } = await caseOrgsAndPeople(scope);
  const entries = await scope.db.interventionCatalogueEntry.findMany({
    where: { id: { in: values.interventions.map((i) => i.catalogueEntryId) } },
    select: { id: true, name: true, category: true, retiredAt: true },
  });
  const goalKeys = new Set(values.goals.map((g) => g.key));
  return values.interventions.map((i, n) => {
    const org = orgs.find((o) => o.id === i.responsibleOrgId);
    if (!org || !scope.isOnCase(org.id)) throw invalid(`interventions.${n}.responsibleOrgId`, "Vælg en organisation, der deltager i sagen");
    const person = i.responsibleUserId ? people.find((p) => p.userId === i.responsibleUserId && p.orgId === org.id) : undefined;
    if (i.responsibleUserId && !person) throw invalid(`interventions.${n}.responsibleUserId`, "Vælg en person fra den ansvarlige organisation");
    const entry = entries.find((e) => e.id === i.catalogueEntryId);
    if (!entry || entry.retiredAt) throw invalid(`interventions.${n}.catalogueEntryId`, "Vælg en indsats fra kataloget");
    if (i.goalKeys.some((k) => !goalKeys.has(k))) throw invalid(`interventions.${n}.goalKeys`, "Vælg mål fra planen");
    return {
      ...i, title: entry.name, category: interventionCategory(i.track, entry.category),
      responsibleName: person ? person.name : null,
    };
  });
}

async function replaceContent(db: Db, ps: PlanScope, version: { id: string; number: number }, values: SaveDraftValues, interventions: Awaited<ReturnType<typeof checkedInterventions>>) {
  const { caseId, ctx } = ps.scope;
  const versionId = version.id;
  const owner = { versionId, caseId, ownerOrgId: ctx.orgId };
  await db.planGoal.deleteMany({ where: { versionId } });
  await db.planIntervention.deleteMany({ where: { versionId, authorOrgId: ctx.orgId } });
  await db.planContact.deleteMany({ where: { versionId } });
  await db.planGoal.createMany({
    data: values.goals.map((g, position) => ({ ...owner, key: g.key, position, title: g.title, targetDate: dayToDate(g.targetDate), status: g.status, note: g.note ?? null })),
  });
  await db.planIntervention.createMany({
    data: interventions.map((i, position) => ({
      versionId, versionNumber: version.number, caseId, planId: ps.plan.id, authorOrgId: ctx.orgId, responsibleOrgId: i.responsibleOrgId, responsibleUserId: i.responsibleUserId ?? null,
      responsibleName: i.responsibleName, category: i.category, key: i.key, position, track: i.track, catalogueEntryId: i.catalogueEntryId,
      title: i.title, startDate: dayToDate(i.startDate), durationWeeks: i.durationWeeks ?? null, followUpDate: dayToDate(i.followUpDate),
      frequency: i.frequency, goalKeys: i.goalKeys,
    })),
  });
  await db.planContact.createMany({
    data: values.contacts.map((c, position) => ({ ...owner, position, orgId: c.orgId, name: c.name, phone: c.phone ?? null, fallback: c.fallback ?? null })),
  });
}

/** "Planen er ændret af <navn> kl. <tid>": what the second of two concurrent saves is told. */
export function changedByMessage(name: string, at: Date, now = new Date()): string {
  const sameDay = formatDate(at) === formatDate(now);
  return `Planen er ændret af ${name} kl. ${formatTime(at)}${sameDay ? "" : ` d. ${formatDate(at)}`}. Genindlæs siden og gem dine ændringer igen.`;
}

export async function saveDraft(ps: PlanScope, values: SaveDraftValues): Promise<{ lockVersion: number }> {
  const { db, ctx, caseId } = ps.scope;
  ps.scope.require("plan:edit", { ownerOrgId: ps.plan.ownerOrgId });
  const version = await ownVersion(ps, values.versionId);
  if (!(EDITABLE as readonly string[]).includes(version.status)) {
    throw new ValidationError(version.status === "GODKENDT"
      ? "Planen er godkendt og kan ikke ændres. Start en ny version for at revidere den."
      : "Planen er sendt til godkendelse og kan ikke ændres nu.");
  }
  const interventions = await checkedInterventions(ps, values);
  const now = new Date();
  // The lock first: a concurrent save waits here, then finds lockVersion moved on.
  const locked = await db.planVersion.updateMany({
    where: { id: version.id, lockVersion: values.lockVersion, status: { in: [...EDITABLE] } },
    data: {
      lockVersion: { increment: 1 }, purpose: values.purpose, focusPoints: values.focusPoints, afterBirthStay: values.afterBirthStay ?? null,
      afterBirthFeeding: values.afterBirthFeeding ?? null, afterBirthDischarge: values.afterBirthDischarge ?? null,
      updatedByName: ctx.userName, updatedAt: now,
    },
  });
  if (locked.count === 0) {
    const current = await db.planVersion.findUniqueOrThrow({ where: { id: version.id }, select: { updatedByName: true, updatedAt: true } });
    throw new ValidationError(changedByMessage(current.updatedByName, current.updatedAt, now));
  }
  await replaceContent(db, ps, version, values, interventions);
  await audit(db, ctx, {
    action: "plan.save", entityType: "PlanVersion", entityId: version.id, caseId, personId: ps.scope.subjectId,
    details: { planId: ps.plan.id, goals: values.goals.length, interventions: interventions.length },
  });
  return { lockVersion: values.lockVersion + 1 };
}
