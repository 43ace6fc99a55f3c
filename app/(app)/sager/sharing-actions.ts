"use server";

// Server-action entry points for consents and statutory bases (ADR 0006):
// the session's AccessContext, the form's own zod schema, then lib/consents.
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { recordConsent, recordStatutoryBasis, withdrawConsent } from "@/lib/consents/actions";
import { recordConsentSchema, recordStatutoryBasisSchema, withdrawConsentSchema } from "@/lib/consents/schemas";

export const recordConsentAction = safeAction(recordConsentSchema, async (ctx, input) => {
  const consent = await recordConsent(ctx, input);
  revalidatePath(`/sager/${input.caseId}`);
  return consent;
});

export const withdrawConsentAction = safeAction(withdrawConsentSchema, async (ctx, input) => {
  await withdrawConsent(ctx, input);
  // The consent id does not name the case: revalidate every case page.
  revalidatePath("/sager/[id]", "page");
});

export const recordStatutoryBasisAction = safeAction(recordStatutoryBasisSchema, async (ctx, input) => {
  const result = await recordStatutoryBasis(ctx, input);
  revalidatePath(`/sager/${input.caseId}`);
  return result;
});
