import { formatDate, formatDateTime } from "@/lib/format";
import type { Receipt } from "./queries";

// The kvittering as a letter (Barnets Lov § 136; issue 9 item 8), as plain
// blocks of text: the print page and the PDF render the same words.

export type ReceiptLetter = {
  sender: string[];
  recipient: string[];
  title: string;
  paragraphs: string[];
  closing: string[];
};

export function receiptLetter(r: Receipt, today = new Date()): ReceiptLetter {
  const paragraphs = [
    `Kære ${r.reporterName}`,
    `${r.receivingOrgName} bekræfter hermed, at kommunen den ${formatDateTime(r.receivedAt)} har modtaget din underretning. Sagen har nummer ${r.caseNumber}; oplys det, hvis du kontakter os om underretningen.`,
    "Kommunen vurderer senest 24 timer efter modtagelsen, om barnets sundhed eller udvikling er i fare, og om der er behov for at iværksætte akutte foranstaltninger, jf. Barnets Lov § 136.",
    "Kommunen skal bekræfte modtagelsen af en underretning inden 6 hverdage. Dette brev er kommunens bekræftelse.",
    ...(r.reporterKind === "FAGPERSON"
      ? ["Som fagperson har du ret til at få oplyst, om underretningen har givet anledning til handling, fx en afdækning, en børnefaglig undersøgelse eller en indsats. Kommunen giver dig besked, når det er afklaret."]
      : []),
    `Har du spørgsmål, er du velkommen til at kontakte ${r.signedBy.name}${r.signedBy.email ? ` på ${r.signedBy.email}` : ""}.`,
  ];
  return {
    sender: [r.receivingOrgName, `Sagsnr. ${r.caseNumber}`, formatDate(r.receiptSentAt ?? today)],
    recipient: [`Til: ${r.reporterName}`, ...(r.reporterOrganisation ? [r.reporterOrganisation] : []), ...(r.reporterContact ? [r.reporterContact] : [])],
    title: "Kvittering for modtagelse af underretning",
    paragraphs,
    closing: ["Med venlig hilsen", r.signedBy.name, r.receivingOrgName],
  };
}
