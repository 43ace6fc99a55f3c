import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/underretning/print-button";
import { ReceiptPdfForm } from "@/components/underretning/receipt-pdf-form";
import { idParamOr404, loadOr404 } from "@/lib/access/page";
import { requireAccess } from "@/lib/auth/context";
import { formatDateTime } from "@/lib/format";
import { RECEIPT_CHANNEL_LABELS } from "@/lib/underretninger/labels";
import { getReceipt } from "@/lib/underretninger/queries";
import { receiptLetter } from "@/lib/underretninger/receipt-letter";

export const metadata: Metadata = { title: "Kvittering for underretning" };

// The kvittering to a named reporter (Barnets Lov § 136, within 6 working
// days), as a letter: printed from the browser (the app header and the
// buttons carry no-print) or downloaded as a PDF, which records it as sent.
export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireAccess();
  const receipt = await loadOr404(getReceipt(ctx, await idParamOr404(params)));
  const back = (
    <Link href={`/underretninger/${receipt.id}`} className="text-brand-700 underline">
      Tilbage til underretningen
    </Link>
  );
  if (receipt.anonymous) {
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <h1 className="text-2xl font-semibold">Ingen kvittering</h1>
        <p>Underretteren er anonym. Kommunen kan ikke sende kvittering til en anonym underretter.</p>
        <p>{back}</p>
      </div>
    );
  }
  const letter = receiptLetter(receipt);
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <div className="no-print flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-6"><PrintButton />{back}</div>
        {receipt.receiptSentAt ? (
          <p>
            Kvitteringen er registreret som sendt {formatDateTime(receipt.receiptSentAt)}
            {receipt.receiptChannel ? ` (${RECEIPT_CHANNEL_LABELS[receipt.receiptChannel]})` : ""}.
          </p>
        ) : null}
        <ReceiptPdfForm reportId={receipt.id} sent={!!receipt.receiptSentAt} />
      </div>
      <article className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-8 print:border-0 print:p-0">
        <p className="text-right">{letter.sender.map((l) => <span key={l} className="block">{l}</span>)}</p>
        <p>{letter.recipient.map((l) => <span key={l} className="block">{l}</span>)}</p>
        <h1 className="text-xl font-semibold">{letter.title}</h1>
        {letter.paragraphs.map((p) => <p key={p}>{p}</p>)}
        <p>{letter.closing.map((l) => <span key={l} className="block">{l}</span>)}</p>
      </article>
    </div>
  );
}
