"use client";

import { reopenTaskAction } from "@/lib/tasks/server-actions";
import { ActionButton } from "@/components/ui/action-button";

export function ReopenTaskButton({ taskId, title }: { taskId: string; title: string }) {
  return <ActionButton variant="link" label="Genåbn" ariaLabel={`Genåbn opgaven: ${title}`} saved="Opgaven er genåbnet." run={() => reopenTaskAction({ taskId })} />;
}
