"use server";

// Server-action entry points for tasks: thin wrappers over lib/tasks.
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { claimTask } from "@/lib/tasks/actions";
import { taskIdSchema } from "@/lib/tasks/schemas";

export const claimTaskAction = safeAction(taskIdSchema, async (ctx, input) => {
  await claimTask(ctx, input);
  revalidatePath("/opgaver");
});
