"use client";

import { useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { inputClass } from "@/components/ui/field";
import { RECEIPT_CHANNEL_LABELS } from "@/lib/underretninger/labels";
import { RECEIPT_CHANNELS, type ReceiptChannel } from "@/lib/underretninger/schemas";
import { markReceiptSentAction } from "@/lib/underretninger/server-actions";

/** "Kvittering sendt", with how it went out (issue 9 item 8). */
export function ReceiptSentButton({ reportId }: { reportId: string }) {
  const [channel, setChannel] = useState<ReceiptChannel>("BREV");
  return (
    <div className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1">
        <span className="font-medium">Sendt som</span>
        <select className={inputClass} value={channel} onChange={(e) => setChannel(e.target.value as ReceiptChannel)}>
          {RECEIPT_CHANNELS.map((c) => <option key={c} value={c}>{RECEIPT_CHANNEL_LABELS[c]}</option>)}
        </select>
      </label>
      <ActionButton label="Markér kvittering sendt" saved="Kvitteringen er registreret som sendt." run={() => markReceiptSentAction({ reportId, channel })} />
    </div>
  );
}
