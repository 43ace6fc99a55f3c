import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { withCaseScope } from "@/lib/access/case-scope";
import { getSharing } from "@/lib/consents/queries";
import { readDisclosures } from "@/lib/disclosures/queries";
import { getCaseMeetingsSection } from "@/lib/meetings/case-section";
import { getCoordination } from "@/lib/participants/queries";
import { getStamdataPanel } from "@/lib/stamdata/panel";
import { getCaseDeadlines } from "@/lib/tasks/queries";
import { getCaseReports } from "@/lib/underretninger/case-reports";
import { getCase, getCaseAudit } from "./queries";

/**
 * Everything the case page shows, read in ONE transaction under ONE case
 * scope (ADR 0009): one visibility check, one load of the live grants, and
 * the page's audit and disclosure rows commit together with what was read.
 * Throws NotFoundError for outsiders before anything else is read.
 */
export async function getCasePage(ctx: AccessContext, caseId: string) {
  return withCaseScope(ctx, caseId, async (scope) => {
    const view = await getCase(scope);
    return {
      view,
      auditEvents: view.permissions.readAudit ? await getCaseAudit(scope) : null,
      sharing: await getSharing(scope),
      coordination: await getCoordination(scope),
      deadlines: await getCaseDeadlines(scope),
      meetings: await getCaseMeetingsSection(scope),
      reports: await getCaseReports(scope),
      stamdata: await getStamdataPanel(scope, view.hasStamdataHistory),
      // The disclosure log is the responsible organisation's and each author organisation's (ADR 0006).
      disclosures: view.isResponsible || view.notes.some((n) => n.isOwn) ? await readDisclosures(scope) : null,
    };
  });
}
