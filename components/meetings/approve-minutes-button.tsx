"use client";

import { useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { approveMinutesAction } from "@/lib/meetings/minutes/server-actions";

/** "Godkend referat" with a confirmation step: an approved referat cannot be changed, only added to. */
export function ApproveMinutesButton({ meetingId }: { meetingId: string }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) return <Button type="button" onClick={() => setConfirming(true)}>Godkend referat</Button>;
  return (
    <div role="group" aria-labelledby={`approve-${meetingId}`} className="flex flex-col gap-2 rounded border border-amber-700 bg-amber-50 p-3">
      <p id={`approve-${meetingId}`}>
        Et godkendt referat kan ikke ændres, kun suppleres med tillæg. Handlingerne bliver opgaver hos de ansvarlige. Godkend nu?
      </p>
      <div className="flex flex-wrap gap-3">
        <ActionButton variant="primary" label="Ja, godkend referatet" saved="Referatet er godkendt og delt med de inviterede." run={() => approveMinutesAction({ meetingId })} />
        <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>Fortryd</Button>
      </div>
    </div>
  );
}
