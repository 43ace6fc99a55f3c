// The kvittering as a letter (issue 9 item 8), as the runtime role: the
// case's sagsnummer, signed by the colleague handling the report, the channel
// recorded when it is marked sent; the PDF holds the same words; outsiders
// get NotFoundError and change nothing.
import { randomUUID } from "node:crypto";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/access/errors";
import { assignReport, markReceiptSent } from "@/lib/underretninger/actions";
import { createConcernReport } from "@/lib/underretninger/intake";
import { getReceipt } from "@/lib/underretninger/queries";
import { receiptLetter } from "@/lib/underretninger/receipt-letter";
import { receiptPdf } from "@/lib/underretninger/receipt-pdf";
import { createReportSchema } from "@/lib/underretninger/schemas";
import { createUser } from "@/tests/fixtures/factories";
import { contextFor } from "@/tests/fixtures/factories";
import { DUMMY_PASSWORD_HASH, freshTenant, owner } from "./helpers";

function report(): ReturnType<typeof createReportSchema.parse> {
  const d = new Date(Date.now() - 3_600_000);
  const local = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", dateStyle: "short", timeStyle: "short" }).format(d).replace(" ", "T");
  return createReportSchema.parse({
    idempotencyKey: randomUUID(), reporterKind: "FAGPERSON", reporterName: "Julie Jordemoder", reporterOrgId: "", reporterOrganisation: "Familieambulatoriet",
    reporterProfession: "Jordemoder", reporterContact: "julie@example.test", channel: "TELEFON", receivedAt: local, about: "GRAVID", cpr: "0101901234",
    firstName: "Mette", lastName: "Testesen", termin: "", observations: "Dagligt forbrug af hash.", substances: "", exposure: "",
    womanInformed: "JA", copyGiven: "NEJ", publicEmployee: true,
  });
}

describe("the kvittering letter", () => {
  it("names the sagsnummer and the handling colleague, records the channel, and the PDF says the same", async () => {
    const k = await freshTenant("Kvittering Kommune");
    const colleague = await createUser(owner(), { name: "Sofie Sagsbehandler", email: `sofie-${randomUUID().slice(0, 6)}@vejle.test`, passwordHash: DUMMY_PASSWORD_HASH, memberships: [{ orgId: k.org.id, role: "SAGSBEHANDLER" }] });
    const created = await createConcernReport(k.ctx, report());
    await assignReport(k.ctx, { reportId: created.id, userId: colleague.id });
    await markReceiptSent(k.ctx, created.id, "DIGITAL_POST");

    const receipt = await getReceipt(k.ctx, created.id);
    expect(receipt).toMatchObject({ receiptChannel: "DIGITAL_POST", signedBy: { name: "Sofie Sagsbehandler", email: colleague.email } });
    expect(receipt.caseNumber).toMatch(/^SF-\d{6}$/);
    const letter = receiptLetter(receipt);
    expect(letter.sender).toContain(`Sagsnr. ${receipt.caseNumber}`);
    expect(letter.closing).toEqual(["Med venlig hilsen", "Sofie Sagsbehandler", k.org.name]);

    const pdf = await receiptPdf(letter);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain("Kvittering for modtagelse af underretning");
    expect(text).toContain(receipt.caseNumber);
    expect(text).toContain("Sofie Sagsbehandler");
    expect(text).not.toContain("0101901234");
  });

  it("gives another kommune NotFoundError and leaves the report unchanged", async () => {
    const k = await freshTenant("Kvittering Kommune");
    const other = await freshTenant("Anden Kommune");
    const created = await createConcernReport(k.ctx, report());
    const before = await owner().concernReport.findUniqueOrThrow({ where: { id: created.id } });
    await expect(getReceipt(other.ctx, created.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(markReceiptSent(other.ctx, created.id, "BREV")).rejects.toBeInstanceOf(NotFoundError);
    const member = await createUser(owner(), { passwordHash: DUMMY_PASSWORD_HASH, memberships: [{ orgId: other.org.id, role: "LEDER" }] });
    await expect(markReceiptSent(contextFor(member, other.org, "LEDER"), created.id, "BREV")).rejects.toBeInstanceOf(NotFoundError);
    expect(await owner().concernReport.findUniqueOrThrow({ where: { id: created.id } })).toEqual(before);
  });
});
