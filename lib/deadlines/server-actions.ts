"use server";

// Server-action entry points for a case's clocks (lib/deadlines/actions.ts).
import { revalidatePath } from "next/cache";
import { caseAction } from "@/lib/actions/case-action";
import { meetDeadline, registerCaseEvent } from "./actions";
import { meetDeadlineSchema, registerCaseEventSchema } from "./schemas";

export const registerCaseEventAction = caseAction(registerCaseEventSchema, async (scope, input) => {
  const result = await registerCaseEvent(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
  return result;
});

export const meetDeadlineAction = caseAction(meetDeadlineSchema, async (scope, input) => {
  await meetDeadline(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
});
