"use server";

// Server-action entry point for "Registrér fødsel": session context, the
// form's zod schema, then lib/births.
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { registerBirth } from "@/lib/births/actions";
import { registerBirthSchema } from "@/lib/births/schemas";

export const registerBirthAction = safeAction(registerBirthSchema, async (ctx, input) => {
  const result = await registerBirth(ctx, input);
  revalidatePath(`/sager/${input.caseId}`);
  revalidatePath(`/sager/${result.childCaseId}`);
  return result;
});
