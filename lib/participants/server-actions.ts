"use server";

// Server-action entry points for participants and the tovholder: the
// session's AccessContext, the form's zod schema, then lib/participants.
import { revalidatePath } from "next/cache";
import { caseAction } from "@/lib/actions/case-action";
import { addParticipant, appointCoordinator, removeParticipant } from "@/lib/participants/actions";
import { nameOwnContact, nameTovholder } from "@/lib/participants/own-people";
import { addParticipantSchema, appointCoordinatorSchema, nameOwnContactSchema, nameTovholderSchema, removeParticipantSchema } from "@/lib/participants/schemas";

export const addParticipantAction = caseAction(addParticipantSchema, async (scope, input) => {
  await addParticipant(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
});

export const removeParticipantAction = caseAction(removeParticipantSchema, async (scope, input) => {
  await removeParticipant(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
});

export const appointCoordinatorAction = caseAction(appointCoordinatorSchema, async (scope, input) => {
  await appointCoordinator(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
});

export const nameOwnContactAction = caseAction(nameOwnContactSchema, async (scope, input) => {
  await nameOwnContact(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
});

export const nameTovholderAction = caseAction(nameTovholderSchema, async (scope, input) => {
  await nameTovholder(scope, input);
  revalidatePath(`/sager/${input.caseId}`);
});
