"use client";

import { ActionButton } from "@/components/ui/action-button";
import { meetDeadlineAction } from "@/lib/deadlines/server-actions";

/** "Undersøgelsen er afsluttet" and the like: the organisation registers its own clock met. */
export function MeetDeadlineButton({ caseId, deadlineId, metBy, label }: { caseId: string; deadlineId: string; metBy: string; label: string }) {
  return (
    <ActionButton
      run={() => meetDeadlineAction({ caseId, deadlineId })}
      label={`Registrér: ${metBy}`}
      saved={`${metBy} er registreret.`}
      ariaLabel={`${label}: registrér ${metBy.toLowerCase()}`}
    />
  );
}
