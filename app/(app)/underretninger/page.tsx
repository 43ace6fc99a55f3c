import type { Metadata } from "next";
import Link from "next/link";
import { IncomingList } from "@/components/underretning/incoming-list";
import { QueueTable } from "@/components/underretning/queue-table";
import { ReporterStatusList } from "@/components/underretning/reporter-status-list";
import { SentList } from "@/components/underretning/sent-list";
import { FormMessage } from "@/components/ui/form-message";
import { Pager } from "@/components/ui/pager";
import { can } from "@/lib/access/policy";
import { requireAccess } from "@/lib/auth/context";
import { getReportsPage } from "@/lib/underretninger/pages";
import { parseQueueFilter, type QueueFilter } from "@/lib/underretninger/queue-filter";
import { QueueFilterNav } from "@/components/underretning/queue-filter-nav";

const QUEUE_EMPTY: Record<QueueFilter, string> = {
  aabne: "Ingen underretninger venter på behandling.",
  mine: "Du behandler ingen åbne underretninger. Tag en fra Åbne.",
  behandlede: "Ingen underretninger har et registreret udfald endnu.",
  alle: "Der er ingen underretninger.",
};

export const metadata: Metadata = { title: "Underretninger" };

// The receiving familieafdeling sees submissions from other organisations and
// its triage queue; every organisation sees what it sent to a kommune: first
// as "Sendt", then, once registered, the reporter status.
export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ sendt?: string; efter?: string; vis?: string }> }) {
  const ctx = await requireAccess();
  const params = await searchParams;
  const filter = parseQueueFilter(params.vis);
  const { triage, incoming, queue, submitted, sent } = await getReportsPage(ctx, { cursor: params.efter, filter });
  const justSent = params.sendt === "1";
  const canSubmit = !triage && can(ctx, "concern-report:create");
  const now = new Date();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Underretninger</h1>
        {triage && (
          <Link href="/underretninger/ny" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Ny underretning
          </Link>
        )}
        {canSubmit && (
          <Link href="/underretninger/ny" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Send underretning til kommunen
          </Link>
        )}
      </div>
      {justSent && <FormMessage kind="success">Underretningen er sendt til kommunen.</FormMessage>}
      {incoming && incoming.submissions.length > 0 && <IncomingList rows={incoming.submissions} calendar={incoming.calendar} now={now} />}
      {queue && (
        <section aria-labelledby="modtagne-titel" className="flex flex-col gap-3">
          <h2 id="modtagne-titel" className="text-lg font-semibold">Modtagne underretninger</h2>
          <p className="text-sm text-slate-700">
            Sorteret efter nærmeste frist. Vurdering inden 24 timer og kvittering inden 6 hverdage efter Barnets Lov § 136.
          </p>
          <QueueFilterNav current={filter} />
          <QueueTable reports={queue.reports} calendar={queue.calendar} now={now} userId={ctx.userId} empty={QUEUE_EMPTY[filter]} />
          <Pager
            label="Sider med modtagne underretninger"
            firstHref={params.efter ? `/underretninger?vis=${filter}#modtagne-titel` : null}
            nextHref={queue.nextCursor ? `/underretninger?vis=${filter}&efter=${queue.nextCursor}#modtagne-titel` : null}
          />
        </section>
      )}
      {submitted.length > 0 && <SentList rows={submitted} />}
      {(!triage || sent.length > 0) && <ReporterStatusList rows={sent} />}
    </div>
  );
}
