"use server";

// Server-action entry point for the organisation's settings (lib/orgs/agreement.ts).
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { meetingAgreementSchema } from "@/lib/domain/meetings/agreement";
import { prevalenceFormSchema } from "@/lib/domain/dashboard/expected";
import { saveOwnAgreement } from "./agreement";
import { saveOwnPrevalence } from "./prevalence";

export const saveAgreementAction = safeAction(meetingAgreementSchema, async (ctx, input) => {
  const result = await saveOwnAgreement(ctx, input);
  revalidatePath("/indstillinger/samarbejdsaftale");
  return result;
});

export const savePrevalenceAction = safeAction(prevalenceFormSchema, async (ctx, input) => {
  const result = await saveOwnPrevalence(ctx, input);
  revalidatePath("/indstillinger/forekomst");
  revalidatePath("/overblik");
  return result;
});
