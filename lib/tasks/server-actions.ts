"use server";

// Server-action entry points for tasks: thin wrappers over lib/tasks.
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { assignTaskSchema, completeTaskSchema, rescheduleTaskSchema, taskIdSchema } from "@/lib/tasks/schemas";
import { assignTask, claimTask, completeTask, rescheduleTask, reopenTask } from "@/lib/tasks/workflow";

/** A task shows on /opgaver and on its case's page. */
function refresh() {
  revalidatePath("/opgaver");
  revalidatePath("/sager/[id]", "page");
}

export const claimTaskAction = safeAction(taskIdSchema, async (ctx, input) => {
  await claimTask(ctx, input);
  refresh();
});

export const completeTaskAction = safeAction(completeTaskSchema, async (ctx, input) => {
  await completeTask(ctx, input);
  refresh();
});

export const reopenTaskAction = safeAction(taskIdSchema, async (ctx, input) => {
  await reopenTask(ctx, input);
  refresh();
});

export const assignTaskAction = safeAction(assignTaskSchema, async (ctx, input) => {
  await assignTask(ctx, input);
  refresh();
});

export const rescheduleTaskAction = safeAction(rescheduleTaskSchema, async (ctx, input) => {
  await rescheduleTask(ctx, input);
  refresh();
});
