"use client";

import { claimTaskAction } from "@/lib/tasks/server-actions";
import { ActionButton } from "@/components/ui/action-button";

export function ClaimTaskButton({ taskId, title }: { taskId: string; title: string }) {
  return <ActionButton variant="link" label="Tag opgaven" ariaLabel={`Tag opgaven: ${title}`} saved="Opgaven er din." run={() => claimTaskAction({ taskId })} />;
}
