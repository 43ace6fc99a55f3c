import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { hasPermission } from "@/lib/access/roles";

/**
 * The case page's "Underretninger" (issue 9 item 5): the reports on this case
 * the organisation received, newest first, each linking to its report page.
 * Null when the role triages no reports (it sees the section not at all).
 */
export async function getCaseReports(scope: CaseScope) {
  if (!hasPermission(scope.ctx.role, "concern-report:triage")) return null;
  return scope.db.concernReport.findMany({
    where: scope.reports(),
    orderBy: [{ receivedAt: "desc" }, { id: "asc" }],
    select: {
      id: true, receivedAt: true, channel: true, reporterKind: true, about: true,
      assessedAt: true, acute: true, outcome: true, receiptSentAt: true,
    },
  });
}
export type CaseReports = NonNullable<Awaited<ReturnType<typeof getCaseReports>>>;
