import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { getSharingIn } from "@/lib/consents/queries";
import { withAccess } from "@/lib/db";
import { readDisclosures } from "@/lib/disclosures/queries";
import { getCoordinationIn } from "@/lib/participants/queries";
import { getCaseDeadlinesIn } from "@/lib/tasks/queries";
import { getCaseAuditIn, getCaseIn } from "./queries";

/**
 * Everything the case page shows, read in ONE transaction (ARCHITECTURE §10):
 * one snapshot, one set of round trips for the access context, and the page's
 * audit and disclosure rows commit together with what was read. Throws
 * NotFoundError for outsiders before anything else is read.
 */
export async function getCasePage(ctx: AccessContext, caseId: string) {
  return withAccess(ctx, async (db) => {
    const view = await getCaseIn(db, ctx, caseId);
    return {
      view,
      auditEvents: view.permissions.readAudit ? await getCaseAuditIn(db, ctx, caseId) : null,
      sharing: await getSharingIn(db, ctx, caseId),
      coordination: await getCoordinationIn(db, ctx, caseId),
      deadlines: await getCaseDeadlinesIn(db, ctx, caseId),
      // The disclosure log is the responsible organisation's and each author organisation's (ADR 0006).
      disclosures: view.isResponsible || view.notes.some((n) => n.isOwn) ? await readDisclosures(db, ctx, caseId) : null,
    };
  });
}
