import { inputClass } from "@/components/ui/field";
import { RECEIPT_CHANNEL_LABELS } from "@/lib/underretninger/labels";
import { RECEIPT_CHANNELS } from "@/lib/underretninger/schemas";

/** "Hent som PDF": a plain form POST, so the download works without JavaScript; the first one records the kvittering as sent. */
export function ReceiptPdfForm({ reportId, sent }: { reportId: string; sent: boolean }) {
  return (
    <form method="post" action={`/api/underretninger/${reportId}/kvittering`} className="flex flex-wrap items-end gap-3">
      {!sent && (
        <label className="flex flex-col gap-1">
          <span className="font-medium">Sendes som</span>
          <select name="channel" className={inputClass} defaultValue="BREV">
            {RECEIPT_CHANNELS.map((c) => <option key={c} value={c}>{RECEIPT_CHANNEL_LABELS[c]}</option>)}
          </select>
        </label>
      )}
      {sent && <input type="hidden" name="channel" value="BREV" />}
      <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">
        {sent ? "Hent som PDF" : "Hent som PDF og registrér som sendt"}
      </button>
    </form>
  );
}
