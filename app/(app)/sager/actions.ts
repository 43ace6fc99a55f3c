"use server";

// Server-action entry points for cases: thin wrappers that get the session's
// AccessContext, validate with the form's schema and call lib/cases.
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { addNote, changeStage, createCase, revealCpr } from "@/lib/cases/actions";
import { addNoteSchema, caseIdSchema, createCaseSchema } from "@/lib/cases/schemas";
import { stageTransitionSchema } from "@/lib/domain/stages";

export const createCaseAction = safeAction(createCaseSchema, async (ctx, input) => createCase(ctx, input));

export const changeStageAction = safeAction(stageTransitionSchema, async (ctx, input) => {
  await changeStage(ctx, input);
  revalidatePath(`/sager/${input.caseId}`);
});

export const addNoteAction = safeAction(addNoteSchema, async (ctx, input) => {
  const note = await addNote(ctx, input);
  revalidatePath(`/sager/${input.caseId}`);
  return note;
});

export const revealCprAction = safeAction(caseIdSchema, async (ctx, input) => revealCpr(ctx, input.caseId));
