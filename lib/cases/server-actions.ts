"use server";

// Server-action entry points for cases: thin wrappers that get the session's
// AccessContext, validate with the form's schema and call lib/cases.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAccess } from "@/lib/auth/context";
import { caseAction } from "@/lib/actions/case-action";
import { safeAction } from "@/lib/actions/safe-action";
import { addNote, changeStage, createCase, revealCpr } from "@/lib/cases/actions";
import { assignCaseworker } from "@/lib/cases/caseworker";
import { amendNote } from "@/lib/cases/note-amendment";
import { CPR_TOKEN_PARAM, cprSearchToken } from "@/lib/cases/cpr-search";
import { addNoteSchema, amendNoteSchema, assignCaseworkerSchema, caseIdSchema, caseSearchSchema, createCaseSchema, stageTransitionSchema } from "@/lib/cases/schemas";

export const createCaseAction = safeAction(createCaseSchema, async (ctx, input) => createCase(ctx, input));

export const assignCaseworkerAction = caseAction(assignCaseworkerSchema, async (scope, input) => {
  await assignCaseworker(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
});

export const changeStageAction = caseAction(stageTransitionSchema, async (scope, input) => {
  await changeStage(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
});

export const addNoteAction = caseAction(addNoteSchema, async (scope, input) => {
  const note = await addNote(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
  return note;
});

export const amendNoteAction = safeAction(amendNoteSchema, async (ctx, input) => {
  const amended = await amendNote(ctx, input);
  revalidatePath(`/sager/${input.caseId}`);
  return amended;
});

export const revealCprAction = caseAction(caseIdSchema, async (scope) => revealCpr(scope));

/**
 * The case search form posts here, so a CPR number never travels in a URL:
 * the redirect carries it encrypted (lib/cases/cpr-search.ts).
 */
export async function searchCasesAction(formData: FormData) {
  await requireAccess();
  const input = caseSearchSchema.parse(Object.fromEntries(formData));
  const query = new URLSearchParams();
  if (input.q) query.set("q", input.q);
  if (input.stage) query.set("stage", input.stage);
  if (input.mine) query.set("mine", "1");
  if (input.cpr) query.set(CPR_TOKEN_PARAM, cprSearchToken(input.cpr));
  redirect(query.size ? `/sager?${query}` : "/sager");
}
