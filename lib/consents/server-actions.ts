"use server";

// Server-action entry points for consents and statutory bases (ADR 0006):
// the session's AccessContext, the form's own zod schema, then lib/consents.
import { revalidatePath } from "next/cache";
import { caseAction } from "@/lib/actions/case-action";
import { recordConsent, recordStatutoryBasis, withdrawConsent } from "@/lib/consents/actions";
import { recordConsentSchema, recordStatutoryBasisSchema, withdrawConsentSchema } from "@/lib/consents/schemas";

export const recordConsentAction = caseAction(recordConsentSchema, async (scope, input) => {
  const consent = await recordConsent(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
  return consent;
});

export const withdrawConsentAction = caseAction(withdrawConsentSchema, async (scope, input) => {
  await withdrawConsent(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
});

export const recordStatutoryBasisAction = caseAction(recordStatutoryBasisSchema, async (scope, input) => {
  const result = await recordStatutoryBasis(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
  return result;
});
