"use server";

// Server-action entry points for underretninger: thin wrappers that get the
// session's AccessContext, validate with the form's schema and call lib/underretninger.
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { assessReport, assignReport, markReceiptSent, recordFeedback, recordOutcome } from "@/lib/underretninger/actions";
import { createConcernReport } from "@/lib/underretninger/intake";
import { registerSubmission, submitConcernReport } from "@/lib/underretninger/inbox";
import {
  assessReportSchema, assignReportSchema, createReportSchema, feedbackSchema, outcomeSchema, receiptSentSchema, submissionIdSchema, submitReportSchema,
} from "@/lib/underretninger/schemas";

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

export const markReceiptSentAction = safeAction(receiptSentSchema, async (ctx, input) => {
  await markReceiptSent(ctx, input.reportId, input.channel);
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

export const assignReportAction = safeAction(assignReportSchema, async (ctx, input) => {
  await assignReport(ctx, input);
  refresh(input.reportId);
});

/** A professional in another organisation sends an underretning to a kommune (the inbox). */
export const submitReportAction = safeAction(submitReportSchema, async (ctx, input) => {
  const sent = await submitConcernReport(ctx, input);
  revalidatePath("/underretninger");
  return { id: sent.id };
});

/** The receiving familieafdeling registers a submission as a report. */
export const registerSubmissionAction = safeAction(submissionIdSchema, async (ctx, input) => {
  const created = await registerSubmission(ctx, input.submissionId);
  revalidatePath("/underretninger");
  return { id: created.id };
});
