import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { ReportForm } from "@/components/underretning/report-form";
import { SubmitReportForm } from "@/components/underretning/submit-form";
import { can } from "@/lib/access/policy";
import { requireAccess } from "@/lib/auth/context";
import { getNewReportPage } from "@/lib/underretninger/pages";

export const metadata: Metadata = { title: "Ny underretning" };

/** "YYYY-MM-DDTHH:mm" in Copenhagen, for <input type="datetime-local">. */
function copenhagenNow(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", dateStyle: "short", timeStyle: "short" }).format(new Date()).replace(" ", "T");
}

// The familieafdeling registers what it received; a professional anywhere
// else sends her underretning to the kommune herself (the inbox).
export default async function NewReportPage() {
  const ctx = await requireAccess();
  const page = await getNewReportPage(ctx);
  if (!page.triage) {
    if (!can(ctx, "concern-report:create")) {
      return (
        <div className="flex max-w-2xl flex-col gap-6">
          <h1 className="text-2xl font-semibold">Send underretning til kommunen</h1>
          <p className="rounded border border-slate-300 bg-white p-4">Din rolle giver ikke adgang til at sende underretninger.</p>
        </div>
      );
    }
    const { kommuner } = page;
    return (
      <div className="flex max-w-3xl flex-col gap-6">
        <h1 className="text-2xl font-semibold">Send underretning til kommunen</h1>
        <p className="text-slate-700">
          Underretningen sendes til familieafdelingen i den kommune, du vælger. Kommunens frist på 24 timer til at vurdere den løber fra det øjeblik, du sender.
        </p>
        <SubmitReportForm kommuner={kommuner.map((k) => ({ id: k.id, name: k.name }))} idempotencyKey={randomUUID()} />
      </div>
    );
  }
  const { organisations } = page;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">Ny underretning</h1>
      <ReportForm
        organisations={organisations.map((o) => ({ id: o.id, name: o.name }))}
        idempotencyKey={randomUUID()}
        receivedAt={copenhagenNow()}
      />
    </div>
  );
}
