"use server";

// Server-action entry point for the organisation's settings (lib/orgs/agreement.ts).
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { meetingAgreementSchema } from "@/lib/domain/meetings/agreement";
import { saveOwnAgreement } from "./agreement";

export const saveAgreementAction = safeAction(meetingAgreementSchema, async (ctx, input) => {
  const result = await saveOwnAgreement(ctx, input);
  revalidatePath("/indstillinger/samarbejdsaftale");
  return result;
});
