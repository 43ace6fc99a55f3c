import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/underretning/print-button";
import { idParamOr404, loadOr404 } from "@/lib/access/page";
import { requireAccess } from "@/lib/auth/context";
import { formatDate, formatDateTime } from "@/lib/format";
import { getReceipt } from "@/lib/underretninger/queries";

export const metadata: Metadata = { title: "Kvittering for underretning" };

// The kvittering to a named reporter (Barnets Lov § 136, within 6 working
// days). Printed from the browser: the app header and the buttons carry
// no-print, so the page prints as a plain letter.
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
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <div className="no-print flex items-center gap-6">
        <PrintButton />
        {back}
      </div>
      <article className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-8 print:border-0 print:p-0">
        <p className="text-right">
          {receipt.receivingOrgName}
          <br />
          {formatDate(receipt.receiptSentAt ?? new Date())}
        </p>
        <p>
          Til: {receipt.reporterName}
          {receipt.reporterOrganisation && <><br />{receipt.reporterOrganisation}</>}
          {receipt.reporterContact && <><br />{receipt.reporterContact}</>}
        </p>
        <h1 className="text-xl font-semibold">Kvittering for modtagelse af underretning</h1>
        <p>Kære {receipt.reporterName}</p>
        <p>
          {receipt.receivingOrgName} bekræfter hermed, at kommunen den {formatDateTime(receipt.receivedAt)} har modtaget din underretning.
        </p>
        <p>
          Kommunen vurderer senest 24 timer efter modtagelsen, om barnets sundhed eller udvikling er i fare, og om der er behov for at
          iværksætte akutte foranstaltninger, jf. Barnets Lov § 136.
        </p>
        <p>Kommunen skal bekræfte modtagelsen af en underretning inden 6 hverdage. Dette brev er kommunens bekræftelse.</p>
        {receipt.reporterKind === "FAGPERSON" && (
          <p>
            Som fagperson har du ret til at få oplyst, om underretningen har givet anledning til handling, fx en afdækning, en
            børnefaglig undersøgelse eller en indsats. Kommunen giver dig besked, når det er afklaret.
          </p>
        )}
        <p>Har du spørgsmål, er du velkommen til at kontakte familieafdelingen.</p>
        <p>
          Med venlig hilsen
          <br />
          {ctx.userName}
          <br />
          {receipt.receivingOrgName}
        </p>
      </article>
    </div>
  );
}
