import "server-only";
import type { PlanScope } from "@/lib/access/plan-scope";
import { ownDeadlineWhere } from "@/lib/access/own-records";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { atCopenhagen } from "@/lib/domain/calendar";
import { PLAN_CLOCKS } from "@/lib/domain/plans/kinds";
import { startCaseClocks } from "@/lib/deadlines/start";
import type { z } from "@/lib/validation/zod";
import { dateToDay } from "@/lib/domain/calendar";
import { ownVersion } from "./draft";
import type { approveSchema, returnSchema, reviseSchema, versionActionSchema } from "./schemas";

// A version's way (issue 11 item 4): kladde -> sendt til godkendelse ->
// godkendt by a LEDER of the owner (never the one who wrote or sent it), or
// returned with a reason. Approval makes the version and its content
// immutable (triggers), turns each intervention's follow-up date into a task
// of its responsible organisation, starts the first BL § 95 follow-up and
// meets the plan's own deadlines. Revising an approved plan starts a new
// draft with a required reason, carrying the content over by key.

type VersionInput = z.output<typeof versionActionSchema>;


export async function submitForApproval(ps: PlanScope, input: VersionInput): Promise<void> {
  const { db, ctx, caseId } = ps.scope;
  ps.scope.require("plan:edit", { ownerOrgId: ps.plan.ownerOrgId });
  const version = await ownVersion(ps, input.versionId);
  const goals = await db.planGoal.count({ where: { versionId: version.id } });
  if (goals === 0) throw new ValidationError("Skriv mindst ét mål, før planen sendes til godkendelse.", { goals: ["Skriv mindst ét mål"] });
  const sent = await db.planVersion.updateMany({
    where: { id: version.id, status: { in: ["KLADDE", "RETURNERET"] } },
    data: { status: "SENDT", submittedAt: new Date(), submittedByUserId: ctx.userId, lockVersion: { increment: 1 } },
  });
  if (sent.count === 0) throw new ValidationError("Planen er allerede sendt til godkendelse eller godkendt.");
  await audit(db, ctx, { action: "plan.submit", entityType: "PlanVersion", entityId: version.id, caseId, details: { planId: ps.plan.id, number: version.number } });
}

async function sentVersionForLeader(ps: PlanScope, versionId: string) {
  ps.scope.require("plan:approve", { ownerOrgId: ps.plan.ownerOrgId });
  const version = await ownVersion(ps, versionId);
  if (version.status !== "SENDT") throw new ValidationError("Kun en plan, der er sendt til godkendelse, kan godkendes eller sendes retur.");
  const { userId } = ps.scope.ctx;
  if (version.createdByUserId === userId || version.submittedByUserId === userId) {
    throw new ValidationError("Du kan ikke godkende eller returnere en plan, du selv har skrevet eller sendt. En anden leder skal godkende den.");
  }
  return version;
}

export async function approveVersion(ps: PlanScope, input: z.output<typeof approveSchema>, now = new Date()): Promise<{ tasksCreated: number }> {
  const { db, ctx, caseId } = ps.scope;
  const version = await sentVersionForLeader(ps, input.versionId);
  // Content first (the guard refuses changes once the version is approved), then the version.
  await db.planGoal.updateMany({ where: { versionId: version.id }, data: { approved: true } });
  await db.planContact.updateMany({ where: { versionId: version.id }, data: { approved: true } });
  await db.planIntervention.updateMany({ where: { versionId: version.id }, data: { approved: true } });
  const approved = await db.planVersion.updateMany({
    where: { id: version.id, status: "SENDT" },
    data: { status: "GODKENDT", approvedAt: now, approvedByName: ctx.userName, approvalComment: input.comment, lockVersion: { increment: 1 } },
  });
  if (approved.count === 0) throw new ValidationError("Planen er allerede godkendt eller sendt retur.");
  const [row] = await db.$queryRaw<{ created: number }[]>`SELECT app_plan_create_tasks(${version.id}::uuid) AS created`;
  await startFollowUp(ps, version.id);
  await db.deadline.updateMany({
    where: { caseId, ...ownDeadlineWhere(ctx), ruleId: { in: PLAN_CLOCKS }, status: "OPEN" },
    data: { status: "MET", metAt: now },
  });
  const tasksCreated = Number(row?.created ?? 0);
  await audit(db, ctx, {
    action: "plan.approve", entityType: "PlanVersion", entityId: version.id, caseId, personId: ps.scope.subjectId,
    details: { planId: ps.plan.id, number: version.number, tasksCreated },
  });
  return { tasksCreated };
}

/** The first BL § 95 follow-up runs from the earliest start of the approved interventions (the rule table decides whose clock it is). */
async function startFollowUp(ps: PlanScope, versionId: string): Promise<void> {
  const { db, ctx, caseId } = ps.scope;
  const first = await db.planIntervention.findFirst({ where: { versionId }, orderBy: { startDate: "asc" }, select: { startDate: true } });
  if (!first) return;
  await startCaseClocks(db, ctx, {
    caseId, event: { trigger: "INTERVENTION_STARTED", startedAt: atCopenhagen(dateToDay(first.startDate)) }, category: "PLAN",
    source: { type: "PlanVersion", id: versionId },
  });
}

export async function returnVersion(ps: PlanScope, input: z.output<typeof returnSchema>): Promise<void> {
  const { db, ctx, caseId } = ps.scope;
  const version = await sentVersionForLeader(ps, input.versionId);
  await db.planVersion.updateMany({
    where: { id: version.id, status: "SENDT" },
    data: { status: "RETURNERET", returnedAt: new Date(), returnReason: input.reason, lockVersion: { increment: 1 } },
  });
  await audit(db, ctx, { action: "plan.return", entityType: "PlanVersion", entityId: version.id, caseId, details: { planId: ps.plan.id, number: version.number } });
}

export async function startRevision(ps: PlanScope, input: z.output<typeof reviseSchema>): Promise<{ versionId: string }> {
  const { db, ctx, caseId } = ps.scope;
  ps.scope.require("plan:edit", { ownerOrgId: ps.plan.ownerOrgId });
  const latest = await db.planVersion.findFirst({
    where: { planId: ps.plan.id, ...ps.scope.planVersions() }, orderBy: { number: "desc" },
    select: { id: true, number: true, status: true, purpose: true, focusPoints: true, afterBirthStay: true, afterBirthFeeding: true, afterBirthDischarge: true },
  });
  if (latest?.status !== "GODKENDT") throw new ValidationError("Planen har allerede en kladde. Ret den i stedet for at starte en ny version.");
  const { id, number, status, ...content } = latest;
  void status;
  const next = await db.planVersion.create({
    data: {
      ...content, planId: ps.plan.id, caseId, ownerOrgId: ctx.orgId, number: number + 1, revisionReason: input.reason, revisionNote: input.note ?? null,
      createdByUserId: ctx.userId, createdByName: ctx.userName, updatedByName: ctx.userName,
    },
    select: { id: true },
  });
  const strip = <T extends { id: string; versionId: string; approved: boolean }>({ id: _id, versionId: _v, approved: _a, ...rest }: T) => rest;
  const [goals, interventions, contacts] = await Promise.all([
    db.planGoal.findMany({ where: { versionId: id } }),
    db.planIntervention.findMany({ where: { versionId: id, authorOrgId: ctx.orgId } }),
    db.planContact.findMany({ where: { versionId: id } }),
  ]);
  await db.planGoal.createMany({ data: goals.map((g) => ({ ...strip(g), versionId: next.id })) });
  await db.planIntervention.createMany({ data: interventions.map((i) => ({ ...strip(i), versionId: next.id, versionNumber: number + 1 })) });
  await db.planContact.createMany({ data: contacts.map((c) => ({ ...strip(c), versionId: next.id })) });
  await audit(db, ctx, {
    action: "plan.revise", entityType: "PlanVersion", entityId: next.id, caseId, details: { planId: ps.plan.id, number: number + 1, reason: input.reason },
  });
  return { versionId: next.id };
}
