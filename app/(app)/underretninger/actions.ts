"use server";

// Server-action entry points for underretninger: thin wrappers that get the
// session's AccessContext, validate with the form's schema and call lib/underretninger.
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { assessReport, createConcernReport, markReceiptSent, recordFeedback, recordOutcome } from "@/lib/underretninger/actions";
import { assessReportSchema, createReportSchema, feedbackSchema, outcomeSchema, reportIdSchema } from "@/lib/underretninger/schemas";

function refresh(reportId: string) {
  revalidatePath(`/underretninger/${reportId}`);
  revalidatePath("/underretninger");
}

export const createReportAction = safeAction(createReportSchema, async (ctx, input) => {
  const created = await createConcernReport(ctx, input);
  revalidatePath("/underretninger");
  return { id: created.id };
});

export const assessReportAction = safeAction(assessReportSchema, async (ctx, input) => {
  await assessReport(ctx, input);
  refresh(input.reportId);
});

export const markReceiptSentAction = safeAction(reportIdSchema, async (ctx, input) => {
  await markReceiptSent(ctx, input.reportId);
  refresh(input.reportId);
});

export const recordOutcomeAction = safeAction(outcomeSchema, async (ctx, input) => {
  await recordOutcome(ctx, input);
  refresh(input.reportId);
});

export const recordFeedbackAction = safeAction(feedbackSchema, async (ctx, input) => {
  await recordFeedback(ctx, input);
  refresh(input.reportId);
});
