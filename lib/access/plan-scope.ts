import "server-only";
import { withAccess } from "@/lib/db/with-access";
import type { Db, PlanKind } from "@/lib/db/types";
import { openCaseScope, type CaseScope } from "./case-scope";
import type { AccessContext } from "./context";
import { NotFoundError } from "./errors";
import { requireCaseReader } from "./policy";

// The way into one plan (ADR 0027), on top of its case's scope: the plan is
// read through the case scope's plan rule (the owner, a PLAN grant, or an
// organisation responsible for one of its interventions), so an outsider, or
// an organisation on the case the plan is not open to, gets NotFoundError
// here and nowhere else.

export type PlanRow = { id: string; caseId: string; ownerOrgId: string; kind: PlanKind };

export type PlanScope = {
  readonly scope: CaseScope;
  readonly plan: PlanRow;
  /** The acting organisation owns the plan: it writes purpose, goals and drafts. */
  readonly isOwner: boolean;
};

const planSelect = { id: true, caseId: true, ownerOrgId: true, kind: true } as const;

/** `onCase`: the case the URL names; a plan of another case is NotFoundError before anything is read or logged. */
export async function openPlanScope(db: Db, ctx: AccessContext, planId: string, onCase?: string): Promise<PlanScope> {
  requireCaseReader(ctx);
  // Row-level security answers which case (if any) the id belongs to; the case scope then decides.
  const located = await db.plan.findFirst({ where: { id: planId, ...(onCase ? { caseId: onCase } : {}) }, select: { caseId: true } });
  if (!located) throw new NotFoundError("plan");
  const scope = await openCaseScope(db, ctx, located.caseId).catch((error: unknown) => {
    throw error instanceof NotFoundError ? new NotFoundError("plan") : error;
  });
  const plan = await db.plan.findFirst({ where: { id: planId, ...scope.plans() }, select: planSelect });
  if (!plan) throw new NotFoundError("plan");
  return { scope, plan, isOwner: scope.isOwn(plan.ownerOrgId) };
}

export function withPlanScope<T>(ctx: AccessContext, planId: string, fn: (ps: PlanScope) => Promise<T>, onCase?: string): Promise<T> {
  return withAccess(ctx, async (db) => fn(await openPlanScope(db, ctx, planId, onCase)));
}
