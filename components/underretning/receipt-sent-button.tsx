"use client";

import { markReceiptSentAction } from "@/app/(app)/underretninger/actions";
import { ActionButton } from "@/components/ui/action-button";

export function ReceiptSentButton({ reportId }: { reportId: string }) {
  return <ActionButton label="Markér kvittering sendt" run={() => markReceiptSentAction({ reportId })} />;
}
