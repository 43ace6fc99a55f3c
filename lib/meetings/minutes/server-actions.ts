"use server";

// Server-action entry points for the referat: the session's AccessContext,
// the form's zod schema, the meeting's scope (an outsider gets NOT_FOUND
// before anything runs), then lib/meetings/minutes.
import { revalidatePath } from "next/cache";
import { withMeetingScope } from "@/lib/access/meeting-scope";
import { safeAction } from "@/lib/actions/safe-action";
import { addAddendum, approveMinutes, saveMinutes } from "./actions";
import { addAddendumSchema, approveMinutesSchema, saveMinutesSchema } from "./schemas";

export const saveMinutesAction = safeAction(saveMinutesSchema, (ctx, input) =>
  withMeetingScope(ctx, input.meetingId, async (ms) => {
    const saved = await saveMinutes(ms, input);
    revalidatePath(`/moeder/${input.meetingId}`);
    return saved;
  }));

export const approveMinutesAction = safeAction(approveMinutesSchema, (ctx, input) =>
  withMeetingScope(ctx, input.meetingId, async (ms) => {
    const approved = await approveMinutes(ms);
    revalidatePath(`/moeder/${input.meetingId}`);
    return approved;
  }));

export const addAddendumAction = safeAction(addAddendumSchema, (ctx, input) =>
  withMeetingScope(ctx, input.meetingId, async (ms) => {
    const addendum = await addAddendum(ms, input.text);
    revalidatePath(`/moeder/${input.meetingId}`);
    return addendum;
  }));
