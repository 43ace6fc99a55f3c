"use server";

// Server-action entry point for "Registrér fødsel": session context, the
// form's zod schema, then lib/births.
import { revalidatePath } from "next/cache";
import { caseAction } from "@/lib/actions/case-action";
import { registerBirth } from "@/lib/births/actions";
import { registerBirthSchema } from "@/lib/births/schemas";

export const registerBirthAction = caseAction(registerBirthSchema, async (scope, input) => {
  const result = await registerBirth(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
  revalidatePath(`/sager/${result.childCaseId}`);
  return result;
});
