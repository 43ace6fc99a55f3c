import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { ownPersonWhere } from "@/lib/access/own-records";
import { caseWhere } from "@/lib/access/policy";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { formatCaseNumber } from "@/lib/cases/case-number";
import { dayToDate } from "@/lib/domain/calendar";
import type { Db } from "@/lib/db/types";
import { parseCpr } from "@/lib/domain/cpr";
import { cprBlindIndex, encryptCpr } from "@/lib/persons/cpr-vault";
import { recordStamdataChange } from "./history";
import type { MergeCandidate } from "./messages";

// "Tilføj / ret CPR" (ADR 0017). The CPR is matched by its blind index
// against the organisation's own register of persons, the same namespace
// intake and "Ny sag" match in (one person per CPR per organisation). If
// another person holds it, nothing is written: the form offers the merge.

/** The subject's stamdata row, when the organisation registered it (it alone may change it). */
export async function ownSubject(scope: CaseScope) {
  const person = await scope.db.person.findFirst({
    where: { id: scope.subjectId, ...ownPersonWhere(scope.ctx) },
    select: { id: true, isUnborn: true, cprBlindIndex: true, firstName: true, lastName: true, termin: true },
  });
  if (!person) throw new ValidationError("Personen er registreret af en anden organisation, som retter hendes stamdata.");
  return person;
}

/**
 * The other person in the organisation's register who holds this CPR. Takes
 * a transaction-scoped lock on the CPR's index first, so two requests
 * setting the same CPR on two persons cannot both find it free.
 */
export async function cprHolder(db: Db, scope: CaseScope, blindIndex: string): Promise<{ id: string } | null> {
  await db.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${blindIndex}, 0))`;
  return db.person.findFirst({
    where: { ...ownPersonWhere(scope.ctx), cprBlindIndex: blindIndex, id: { not: scope.subjectId }, mergedIntoId: null },
    select: { id: true },
  });
}

/** The holder's open cases of the same kind that the organisation sees; only its own can take the merge. */
async function mergeCandidates(scope: CaseScope, holderId: string): Promise<MergeCandidate[]> {
  const rows = await scope.db.caseFile.findMany({
    where: { subjectId: holderId, kind: scope.kind, closedAt: null, mergedIntoCaseId: null, id: { not: scope.caseId }, ...caseWhere(scope.ctx) },
    orderBy: { createdAt: "desc" },
    select: { id: true, caseNumber: true, stage: true, createdAt: true, responsibleOrgId: true, subject: { select: { firstName: true, lastName: true } } },
  });
  return rows.map((r) => ({
    id: r.id, caseNumber: formatCaseNumber(r.caseNumber), stage: r.stage, createdAt: r.createdAt,
    name: `${r.subject.firstName} ${r.subject.lastName}`, mergeable: scope.isResponsibleOrg(r.responsibleOrgId),
  }));
}

export type SetCprResult = { status: "SET" } | { status: "DUPLICATE"; candidates: MergeCandidate[] };

/** Adds or corrects the subject's CPR; audited, with a history row that never holds the number. */
export async function setCpr(scope: CaseScope, input: { cpr: string }): Promise<SetCprResult> {
  scope.require("case:edit-stamdata");
  const { db, ctx, caseId } = scope;
  const person = await ownSubject(scope);
  if (person.isUnborn) {
    throw new ValidationError("Et ufødt barn får CPR-nummer ved fødslen.", { cpr: ["Brug \"Registrér fødsel\" på moderens sag, når barnet er født"] });
  }
  const blindIndex = cprBlindIndex(input.cpr);
  if (person.cprBlindIndex === blindIndex) {
    throw new ValidationError("Sagen har allerede dette CPR-nummer.", { cpr: ["Det er allerede personens CPR-nummer"] });
  }
  const holder = await cprHolder(db, scope, blindIndex);
  if (holder) {
    // That the CPR is known is itself a look-up in the register: logged, nothing changed.
    await audit(db, ctx, { action: "person.cpr-duplicate", entityType: "Person", entityId: person.id, caseId, personId: person.id });
    return { status: "DUPLICATE", candidates: await mergeCandidates(scope, holder.id) };
  }
  const parsed = parseCpr(input.cpr);
  await db.person.updateMany({
    where: { id: person.id, ...ownPersonWhere(ctx) },
    data: { cprCiphertext: encryptCpr(input.cpr), cprBlindIndex: blindIndex, birthDate: parsed.ok ? dayToDate(parsed.birthDate) : undefined },
  });
  const kind = person.cprBlindIndex ? "CPR_CHANGED" : "CPR_ADDED";
  await recordStamdataChange(scope, { kind, personId: person.id });
  await audit(db, ctx, {
    action: "person.cpr-set", entityType: "Person", entityId: person.id, caseId, personId: person.id,
    details: { change: kind === "CPR_ADDED" ? "added" : "changed" },
  });
  return { status: "SET" };
}
