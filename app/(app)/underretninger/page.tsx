import type { Metadata } from "next";
import Link from "next/link";
import { QueueTable } from "@/components/underretning/queue-table";
import { ReporterStatusList } from "@/components/underretning/reporter-status-list";
import { requireAccess } from "@/lib/auth/context";
import { listQueue, listReporterStatus, receivesReports } from "@/lib/underretninger/queries";

export const metadata: Metadata = { title: "Underretninger" };

// The receiving familieafdeling sees its triage queue; every organisation sees
// the status of the underretninger it sent to a kommune.
export default async function ReportsPage() {
  const ctx = await requireAccess();
  const triage = await receivesReports(ctx);
  const [queue, sent] = await Promise.all([triage ? listQueue(ctx) : null, listReporterStatus(ctx)]);
  const now = new Date();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Underretninger</h1>
        {triage && (
          <Link href="/underretninger/ny" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Ny underretning
          </Link>
        )}
      </div>
      {queue && (
        <section aria-labelledby="modtagne-titel" className="flex flex-col gap-3">
          <h2 id="modtagne-titel" className="text-lg font-semibold">Modtagne underretninger</h2>
          <p className="text-sm text-slate-700">
            Sorteret efter nærmeste frist. Vurdering inden 24 timer og kvittering inden 6 hverdage efter Barnets Lov § 136.
          </p>
          <QueueTable reports={queue.reports} calendar={queue.calendar} now={now} />
        </section>
      )}
      {(!triage || sent.length > 0) && <ReporterStatusList rows={sent} />}
    </div>
  );
}
