import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { withOrgScope } from "@/lib/access/org-scope";
import { getSubmitOptions, listIncoming, listSent } from "./inbox";
import { getIntakeOptions, listQueue, listReporterStatus, type QueueOptions } from "./queries";

// The underretninger pages' reads, each in ONE transaction with the
// organisation read once (ADR 0009): the loaders run one after another on
// the request's connection.

/** /underretninger: the inbox and queue for a receiving familieafdeling; what was sent for everyone. */
export async function getReportsPage(ctx: AccessContext, queue: QueueOptions = {}) {
  return withOrgScope(ctx, async (scope) => ({
    triage: scope.receivesReports,
    incoming: scope.receivesReports ? await listIncoming(scope) : null,
    queue: scope.receivesReports ? await listQueue(scope, queue) : null,
    submitted: await listSent(scope),
    sent: await listReporterStatus(scope),
  }));
}

/** /underretninger/ny: the intake form for a familieafdeling, the send form for everyone else. */
export async function getNewReportPage(ctx: AccessContext) {
  return withOrgScope(ctx, async (scope) =>
    scope.receivesReports
      ? { triage: true as const, ...(await getIntakeOptions(scope)) }
      : { triage: false as const, ...(await getSubmitOptions(scope)) },
  );
}
