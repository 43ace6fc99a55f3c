"use server";

// Server-action entry points for participants and the tovholder: the
// session's AccessContext, the form's zod schema, then lib/participants.
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { addParticipant, appointCoordinator, removeParticipant } from "@/lib/participants/actions";
import { addParticipantSchema, appointCoordinatorSchema, removeParticipantSchema } from "@/lib/participants/schemas";

export const addParticipantAction = safeAction(addParticipantSchema, async (ctx, input) => {
  await addParticipant(ctx, input);
  revalidatePath(`/sager/${input.caseId}`);
});

export const removeParticipantAction = safeAction(removeParticipantSchema, async (ctx, input) => {
  await removeParticipant(ctx, input);
  revalidatePath(`/sager/${input.caseId}`);
});

export const appointCoordinatorAction = safeAction(appointCoordinatorSchema, async (ctx, input) => {
  await appointCoordinator(ctx, input);
  revalidatePath(`/sager/${input.caseId}`);
});
