// The kvittering as a PDF (issue 9 item 8). Producing it records "kvittering
// sendt" with the channel chosen in the form (POST: it changes the report),
// unless it was recorded already; then the letter comes back as a download.
// Outsiders and bad ids get 404; a refusal (an anonymous reporter) a Danish 422.
import { ValidationError } from "@/lib/actions/result";
import { idRoute } from "@/lib/http/id-route";
import { markReceiptSent } from "@/lib/underretninger/actions";
import { getReceipt } from "@/lib/underretninger/queries";
import { receiptLetter } from "@/lib/underretninger/receipt-letter";
import { receiptPdf } from "@/lib/underretninger/receipt-pdf";
import { receiptSentSchema } from "@/lib/underretninger/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return idRoute(params, async (ctx, id) => {
    const form = await request.formData().catch(() => new FormData());
    const input = receiptSentSchema.safeParse({ reportId: id, channel: form.get("channel") });
    if (!input.success) return new Response("Vælg hvordan kvitteringen sendes.", { status: 422 });
    const receipt = await getReceipt(ctx, id);
    try {
      if (!receipt.receiptSentAt) await markReceiptSent(ctx, id, input.data.channel);
    } catch (error) {
      if (error instanceof ValidationError) return new Response(error.message, { status: 422 });
      throw error;
    }
    // The letter's words do not depend on the mark just set (its date is today either way): no second read.
    const pdf = await receiptPdf(receiptLetter(receipt));
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf", "Cache-Control": "no-store",
        "Content-Disposition": `attachment; filename="kvittering-${receipt.caseNumber}.pdf"`,
      },
    });
  });
}
