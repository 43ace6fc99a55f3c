"use server";

// Server-action entry points for plans: thin wrappers over lib/plans.
import { revalidatePath } from "next/cache";
import { withPlanScope } from "@/lib/access/plan-scope";
import { caseAction } from "@/lib/actions/case-action";
import { safeAction } from "@/lib/actions/safe-action";
import { approveVersion, returnVersion, startRevision, submitForApproval } from "./approval";
import { createPlan } from "./create";
import { saveDraft } from "./draft";
import { recordProgress } from "./progress";
import { approveSchema, createPlanSchema, progressSchema, returnSchema, reviseSchema, saveDraftSchema, versionActionSchema } from "./schemas";

function refresh() {
  revalidatePath("/sager/[id]", "page");
  revalidatePath("/sager/[id]/planer/[planId]", "page");
}

export const createPlanAction = caseAction(createPlanSchema, async (scope, input) => {
  const plan = await createPlan(scope, input);
  refresh();
  return plan;
});

export const saveDraftAction = safeAction(saveDraftSchema, async (ctx, input) => {
  const saved = await withPlanScope(ctx, input.planId, (ps) => saveDraft(ps, input));
  refresh();
  return saved;
});

export const submitPlanAction = safeAction(versionActionSchema, async (ctx, input) => {
  await withPlanScope(ctx, input.planId, (ps) => submitForApproval(ps, input));
  refresh();
});

export const approvePlanAction = safeAction(approveSchema, async (ctx, input) => {
  const result = await withPlanScope(ctx, input.planId, (ps) => approveVersion(ps, input));
  refresh();
  return result;
});

export const returnPlanAction = safeAction(returnSchema, async (ctx, input) => {
  await withPlanScope(ctx, input.planId, (ps) => returnVersion(ps, input));
  refresh();
});

export const revisePlanAction = safeAction(reviseSchema, async (ctx, input) => {
  const result = await withPlanScope(ctx, input.planId, (ps) => startRevision(ps, input));
  refresh();
  return result;
});

export const recordProgressAction = safeAction(progressSchema, async (ctx, input) => {
  const result = await withPlanScope(ctx, input.planId, (ps) => recordProgress(ps, input));
  refresh();
  return result;
});
