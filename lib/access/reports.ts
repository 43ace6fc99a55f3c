import type { Prisma } from "@/lib/db/types";
import type { AccessContext } from "./context";
import { recordConditions, type LiveGrant } from "./policy";

// Where-builders for underretninger, deadlines and tasks: the app-level
// statement of who sees what (row-level security repeats it as a backstop).
// Kept beside policy.ts so the consent work there and this can move apart.

/**
 * Reports the organisation received and triages. Only the receiving
 * familieafdeling acts on a report or reads its content. A reporting
 * organisation gets the status only, through the SQL function
 * app_reported_status() (lib/underretninger/queries.ts).
 */
export function reportTriageWhere(ctx: AccessContext): Prisma.ConcernReportWhereInput {
  return { receivingOrgId: ctx.orgId };
}

/**
 * A case's deadlines: the owning organisation's, and another organisation's
 * only under a live sharing basis for the deadline's category (ADR 0006).
 */
export function deadlineWhere(ctx: AccessContext, grants: LiveGrant[]): Prisma.DeadlineWhereInput {
  return { OR: recordConditions(ctx, grants, "orgId") };
}

/** Underretninger sent to this organisation by professionals elsewhere (the inbox). */
export function submissionInboxWhere(ctx: AccessContext): Prisma.ConcernReportSubmissionWhereInput {
  return { toOrgId: ctx.orgId };
}

/** Underretninger this organisation's professionals sent to a kommune. */
export function submissionSentWhere(ctx: AccessContext): Prisma.ConcernReportSubmissionWhereInput {
  return { fromOrgId: ctx.orgId };
}
