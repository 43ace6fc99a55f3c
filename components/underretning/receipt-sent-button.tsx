"use client";

import { markReceiptSentAction } from "@/lib/underretninger/server-actions";
import { ActionButton } from "@/components/ui/action-button";

export function ReceiptSentButton({ reportId }: { reportId: string }) {
  return <ActionButton label="Markér kvittering sendt" saved="Kvitteringen er registreret som sendt." run={() => markReceiptSentAction({ reportId })} />;
}
