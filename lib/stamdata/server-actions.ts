"use server";

// Server-action entry points for a case's stamdata (ADR 0017): thin wrappers
// that open the case's scope and call lib/stamdata.
import { revalidatePath } from "next/cache";
import { caseAction } from "@/lib/actions/case-action";
import { setCpr } from "@/lib/stamdata/cpr";
import { editStamdata } from "@/lib/stamdata/edit";
import { mergeCases } from "@/lib/stamdata/merge";
import { editStamdataSchema, mergeCasesSchema, setCprSchema } from "@/lib/stamdata/schemas";

export const setCprAction = caseAction(setCprSchema, async (scope, input) => {
  const result = await setCpr(scope, input);
  if (result.status === "SET") revalidatePath(`/sager/${input.caseId}`);
  return result;
});

export const mergeCasesAction = caseAction(mergeCasesSchema, async (scope, input) => {
  const merged = await mergeCases(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
  revalidatePath(`/sager/${merged.caseId}`);
  return merged;
});

export const editStamdataAction = caseAction(editStamdataSchema, async (scope, input) => {
  const result = await editStamdata(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
  return result;
});
