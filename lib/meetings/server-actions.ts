"use server";

// Server-action entry points for meetings: thin wrappers over lib/meetings.
import { revalidatePath } from "next/cache";
import { withMeetingScope } from "@/lib/access/meeting-scope";
import { caseAction } from "@/lib/actions/case-action";
import { safeAction } from "@/lib/actions/safe-action";
import { cancelMeeting, moveMeeting } from "./change";
import { respondToMeeting } from "./respond";
import { scheduleMeeting } from "./schedule";
import { cancelMeetingSchema, moveMeetingSchema, respondSchema, scheduleMeetingSchema, slotCheckSchema } from "./schemas";
import { checkSlot } from "./slot-check";

function refresh() {
  revalidatePath("/moeder", "layout");
  revalidatePath("/sager/[id]", "page");
}

export const scheduleMeetingAction = caseAction(scheduleMeetingSchema, async (scope, input) => {
  const meeting = await scheduleMeeting(scope, input);
  refresh();
  return meeting;
});

export const checkSlotAction = caseAction(slotCheckSchema, (scope, input) => checkSlot(scope, input));

export const moveMeetingAction = safeAction(moveMeetingSchema, async (ctx, input) => {
  await withMeetingScope(ctx, input.meetingId, (ms) => moveMeeting(ms, input));
  refresh();
});

export const cancelMeetingAction = safeAction(cancelMeetingSchema, async (ctx, input) => {
  await withMeetingScope(ctx, input.meetingId, (ms) => cancelMeeting(ms, input));
  refresh();
});

export const respondToMeetingAction = safeAction(respondSchema, async (ctx, input) => {
  await withMeetingScope(ctx, input.meetingId, (ms) => respondToMeeting(ms, input));
  refresh();
});
