import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { ReportForm } from "@/components/underretning/report-form";
import { requireAccess } from "@/lib/auth/context";
import { getIntakeOptions, receivesReports } from "@/lib/underretninger/queries";

export const metadata: Metadata = { title: "Ny underretning" };

/** "YYYY-MM-DDTHH:mm" in Copenhagen, for <input type="datetime-local">. */
function copenhagenNow(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", dateStyle: "short", timeStyle: "short" }).format(new Date()).replace(" ", "T");
}

export default async function NewReportPage() {
  const ctx = await requireAccess();
  if (!(await receivesReports(ctx))) {
    return (
      <div className="flex max-w-2xl flex-col gap-6">
        <h1 className="text-2xl font-semibold">Ny underretning</h1>
        <p className="rounded border border-slate-300 bg-white p-4">
          Underretninger registreres af kommunens familieafdeling. Send din underretning til familieafdelingen i den kommune, hvor familien bor.
        </p>
      </div>
    );
  }
  const { organisations } = await getIntakeOptions(ctx);
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
