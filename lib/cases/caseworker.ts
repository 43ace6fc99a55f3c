import "server-only";
import type { z } from "@/lib/validation/zod";
import type { CaseScope } from "@/lib/access/case-scope";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import type { Db } from "@/lib/db";
import type { assignCaseworkerSchema } from "./schemas";

// The responsible organisation's caseworker on a case (issue "The caseworker's
// day", item 2): what "Mine sager" and the leader's caseload count. The
// history is the audit log (case.assign-caseworker), shown in the case's log.

/** Colleagues who can be a case's caseworker: members whose role does casework. */
export function caseworkerCandidates(scope: CaseScope): Promise<{ id: string; name: string }[]> {
  return scope.colleagues("case:change-stage");
}

/** The caseworker's name, when the organisation may see the user (its own colleague). */
export async function caseworkerName(db: Db, userId: string): Promise<string | null> {
  const user = await db.user.findFirst({ where: { id: userId }, select: { name: true } });
  return user?.name ?? null;
}

/** "Tildel sagsbehandler": a colleague in the responsible organisation, or nobody. */
export async function assignCaseworker(scope: CaseScope, input: z.output<typeof assignCaseworkerSchema>): Promise<void> {
  scope.require("case:assign-caseworker");
  const { db, ctx } = scope;
  const userId = input.userId || null;
  let toName: string | null = null;
  if (userId) {
    const candidate = (await caseworkerCandidates(scope)).find((c) => c.id === userId);
    if (!candidate) {
      throw new ValidationError("Sagsbehandleren skal være en kollega i din organisation med en sagsbehandlende rolle.", { userId: ["Vælg en kollega fra listen"] });
    }
    toName = candidate.name;
  }
  await db.caseFile.updateMany({ where: scope.writableCase(), data: { caseworkerUserId: userId } });
  await audit(db, ctx, { action: "case.assign-caseworker", entityType: "CaseFile", entityId: scope.caseId, caseId: scope.caseId, details: { to: toName } });
}
