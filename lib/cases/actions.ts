import "server-only";
import type { AccessContext } from "@/lib/access/context";
import type { CaseScope } from "@/lib/access/case-scope";
import { ForbiddenError } from "@/lib/access/errors";
import { caseWriteWhere, requirePermission } from "@/lib/access/policy";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { withAccess } from "@/lib/db";
import { validateTransition } from "@/lib/domain/stages";
import type { StageTransitionInput } from "@/lib/cases/schemas";
import { cprBlindIndex, decryptCpr } from "@/lib/persons/cpr-vault";
import { formatCpr } from "@/lib/domain/cpr";
import type { z } from "@/lib/validation/zod";
import { dayToDate } from "@/lib/domain/calendar";
import { openCase, registerPerson } from "./open-case";
import { todayIso } from "@/lib/consents/rules";
import type { addNoteSchema, createCaseSchema } from "./schemas";

// Writes on cases. Creating one takes the server-built AccessContext; every
// write on an existing case takes its scope (ADR 0009). Input is already
// validated (the server action parsed it with the form's schema).

type CreateCase = z.output<typeof createCaseSchema>;


export async function createCase(ctx: AccessContext, input: CreateCase): Promise<{ id: string }> {
  requirePermission(ctx, "case:create");
  // A termin in the past cannot be right for a pregnancy (issue 9 item 7): no case opens on it.
  if (input.termin && input.termin < todayIso()) {
    throw new ValidationError("Terminen ligger i fortiden.", { termin: ["Terminen kan ikke ligge i fortiden"] });
  }
  return withAccess(ctx, async (db) => {
    if (input.kind === "GRAVID") {
      const person = await registerPerson(db, ctx, input);
      const created = await openCase(db, ctx, {
        subjectId: person.id, kind: "GRAVID", termin: input.termin ? dayToDate(input.termin) : null, reason: "Sagen er oprettet",
      });
      return { id: created.id };
    }

    // Unborn child: the mother must already have a case this organisation sees.
    const motherCase = await db.caseFile.findFirst({
      // Only under the organisation's own mother case: a participant may not
      // open a child's case and with it a way to the mother's stamdata.
      where: { kind: "GRAVID", closedAt: null, subject: { cprBlindIndex: cprBlindIndex(input.motherCpr) }, ...caseWriteWhere(ctx) },
      orderBy: { createdAt: "desc" },
      select: { id: true, subject: { select: { id: true, firstName: true, lastName: true } } },
    });
    if (!motherCase) {
      throw new ValidationError("Moderen har ingen åben sag, som du har adgang til.", {
        motherCpr: ["Ingen åben sag på dette CPR-nummer. Opret først moderens sag."],
      });
    }
    const mother = motherCase.subject;
    const child = await db.person.create({
      data: {
        ownerOrgId: ctx.orgId,
        firstName: "Ufødt barn af",
        lastName: `${mother.firstName} ${mother.lastName}`,
        isUnborn: true,
        motherId: mother.id,
        termin: dayToDate(input.termin),
      },
      select: { id: true },
    });
    const created = await openCase(db, ctx, {
      subjectId: child.id, kind: "BARN", termin: dayToDate(input.termin), motherCaseId: motherCase.id, reason: "Sagen er oprettet",
    });
    return { id: created.id };
  });
}

/** Moves a case to another stage with a reason; only the responsible organisation may. */
export async function changeStage(scope: CaseScope, input: StageTransitionInput): Promise<void> {
  const { db, ctx, caseId } = scope;
  scope.require("case:change-stage");
  const check = validateTransition(scope.stage, input.to, input.reason);
  if (!check.ok) {
    const field = check.code === "REASON_REQUIRED" ? "reason" : "to";
    throw new ValidationError(check.message, { [field]: [check.message] });
  }
  const updated = await db.caseFile.updateMany({
    // The stage in the WHERE makes a concurrent change lose instead of overwrite.
    where: { ...scope.writableCase(), stage: scope.stage },
    data: { stage: input.to, closedAt: input.to === "AFSLUTTET" ? new Date() : null },
  });
  if (updated.count !== 1) throw new ValidationError("Sagen er ændret af en anden imens. Genindlæs siden.");
  await db.stageTransition.create({
    data: { caseId, fromStage: scope.stage, toStage: input.to, reason: input.reason, byUserId: ctx.userId, byName: ctx.userName, orgId: ctx.orgId },
  });
  await audit(db, ctx, {
    action: "case.stage-change", entityType: "CaseFile", entityId: caseId, caseId, personId: scope.subjectId,
    details: { from: scope.stage, to: input.to },
  });
}

export async function addNote(scope: CaseScope, input: z.output<typeof addNoteSchema>): Promise<{ id: string }> {
  const { db, ctx, caseId } = scope;
  scope.require("note:create");
  const note = await db.note.create({
    data: { caseId, authorOrgId: ctx.orgId, authorUserId: ctx.userId, authorName: ctx.userName, category: input.category, text: input.text },
    select: { id: true },
  });
  await audit(db, ctx, { action: "note.create", entityType: "Note", entityId: note.id, caseId, details: { category: input.category } });
  return note;
}

/** The full CPR, on an explicit request that is audited. */
export async function revealCpr(scope: CaseScope): Promise<{ cpr: string }> {
  const { db, ctx, caseId } = scope;
  // The CPR is STAMDATA: a participant needs a live STAMDATA basis (ADR 0006),
  // and row-level security returns the Person row only then.
  scope.require("cpr:reveal");
  const subject = await db.person.findFirst({ where: { id: scope.subjectId }, select: { id: true, cprCiphertext: true } });
  if (!subject?.cprCiphertext) throw new ForbiddenError("cpr:reveal");
  await audit(db, ctx, { action: "cpr.reveal", entityType: "Person", entityId: subject.id, caseId, personId: subject.id });
  return { cpr: formatCpr(decryptCpr(subject.cprCiphertext)) };
}
