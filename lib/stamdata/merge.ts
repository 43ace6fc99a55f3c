import "server-only";
import { openCaseScope, type CaseScope } from "@/lib/access/case-scope";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { formatCaseNumber } from "@/lib/cases/case-number";
import { cprBlindIndex } from "@/lib/persons/cpr-vault";
import { cprHolder, ownSubject } from "./cpr";
import { recordStamdataChange } from "./history";
import { MERGE_DIFFERENT_ORGS } from "./messages";

// Merging two cases of one citizen (ADR 0017): the case being corrected (the
// one registered without her CPR) merges INTO the case of the person who
// holds the CPR. Everything of the corrected case moves or stays linked;
// nothing is deleted. One transaction (the request's), audited on both cases.

export type MergeCounts = Record<"notes" | "reports" | "consents" | "bases" | "deadlines" | "tasks" | "childCases" | "participants", number>;

/** Why the merge is refused, in Danish; null when it may go ahead. */
function refusal(from: CaseScope, into: CaseScope, holderId: string | undefined): string | null {
  // The actor is responsible for `from` (required before): a target it is not responsible for has another myndighed.
  if (!into.isResponsible) return MERGE_DIFFERENT_ORGS;
  if (into.caseId === from.caseId) return "En sag kan ikke lægges sammen med sig selv.";
  if (into.subjectId !== holderId) return "Den valgte sag tilhører ikke personen med dette CPR-nummer.";
  if (into.kind !== from.kind) return "Sagerne er af forskellig type (gravid / barn) og kan ikke lægges sammen.";
  if (into.closedAt || into.mergedIntoCaseId) return "Den valgte sag er afsluttet. Vælg en åben sag.";
  return null;
}

/**
 * Merges the scope's case into `targetCaseId`. The target is opened with its
 * own scope, so a case the actor cannot see gives the same NotFoundError as
 * any case that does not exist. The CPR is matched again here: the target
 * must be a case of the person in the organisation's register who holds it.
 */
export async function mergeCases(scope: CaseScope, input: { cpr: string; targetCaseId: string }): Promise<{ caseId: string }> {
  scope.require("case:merge");
  const { db, ctx } = scope;
  const from = await ownSubject(scope);
  const into = await openCaseScope(db, ctx, input.targetCaseId);
  const holder = await cprHolder(db, scope, cprBlindIndex(input.cpr));
  const reason = refusal(scope, into, holder?.id);
  if (reason) throw new ValidationError(reason, { targetCaseId: [reason] });

  const numbers = await db.caseFile.findMany({ where: { id: { in: [scope.caseId, into.caseId] } }, select: { id: true, caseNumber: true } });
  const numberOf = (id: string) => numbers.find((n) => n.id === id)!.caseNumber;
  const [fromNumber, intoNumber] = [numberOf(scope.caseId), numberOf(into.caseId)];

  const [{ counts }] = await db.$queryRaw<[{ counts: MergeCounts }]>`SELECT app_merge_case(${scope.caseId}::uuid, ${into.caseId}::uuid) AS counts`;
  await db.stageTransition.create({
    data: {
      caseId: scope.caseId, fromStage: scope.stage, toStage: "AFSLUTTET", reason: `Sammenlagt med ${formatCaseNumber(intoNumber)}`,
      byUserId: ctx.userId, byName: ctx.userName, orgId: ctx.orgId,
    },
    select: { id: true },
  });
  await recordStamdataChange(scope, { kind: "MERGED_INTO", personId: from.id, other: { caseId: into.caseId, caseNumber: intoNumber } });
  await recordStamdataChange(scope, { kind: "MERGED_FROM", personId: into.subjectId, other: { caseId: scope.caseId, caseNumber: fromNumber } }, into.caseId);
  for (const [caseId, personId, other] of [[scope.caseId, from.id, into.caseId], [into.caseId, into.subjectId, scope.caseId]] as const) {
    await audit(db, ctx, {
      action: "case.merge", entityType: "CaseFile", entityId: caseId, caseId, personId,
      details: { from: scope.caseId, into: into.caseId, other, moved: counts },
    });
  }
  return { caseId: into.caseId };
}
