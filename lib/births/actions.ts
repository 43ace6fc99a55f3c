import "server-only";
import { ownPersonWhere } from "@/lib/access/own-records";
import type { z } from "@/lib/validation/zod";
import type { CaseScope } from "@/lib/access/case-scope";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { cprBlindIndex, encryptCpr } from "@/lib/persons/cpr-vault";
import type { registerBirthSchema } from "./schemas";
import { dayToDate } from "@/lib/domain/calendar";
import { openCase } from "@/lib/cases/open-case";
import { computeDeadlines } from "@/lib/domain/deadlines";
import { ownOrg } from "@/lib/orgs/org";
import { taskFromRule } from "@/lib/tasks/from-rules";

/**
 * The unborn child becomes a person and a BARN case linked to the mother's
 * case (the unborn child's case if one exists, else a new one). The child's
 * case starts with no participants and no bases: consent for the child is the
 * custody holder's (ADR 0006). The exposure summary copies only the mother's
 * RUSMIDDEL notes this organisation may read (its own, or shared under a live
 * basis), and says so.
 */
export async function registerBirth(scope: CaseScope, input: z.output<typeof registerBirthSchema>): Promise<{ childCaseId: string }> {
  const { db, ctx } = scope;
  const mother = { id: scope.caseId, subjectId: scope.subjectId };
  scope.require("case:register-birth");
  // The responsible organisation always reads its subject's stamdata.
  const motherPerson = await db.person.findFirstOrThrow({ where: { id: mother.subjectId }, select: { id: true, lastName: true } });
  const index = cprBlindIndex(input.childCpr);
  if (await db.person.count({ where: { ...ownPersonWhere(ctx), cprBlindIndex: index } })) {
    throw new ValidationError("Barnet er allerede registreret", { childCpr: ["Der findes allerede en person med dette CPR-nummer"] });
  }
  const born = {
    cprCiphertext: encryptCpr(input.childCpr), cprBlindIndex: index, birthDate: dayToDate(input.birthDate), isUnborn: false,
    firstName: input.firstName ?? "Barn af", lastName: input.lastName ?? motherPerson.lastName,
  };
  const unbornCase = await db.caseFile.findFirst({
    where: { AND: [scope.ownChildCases(), { subject: { isUnborn: true } }] },
    orderBy: { createdAt: "asc" },
    select: { id: true, subjectId: true },
  });
  let childCaseId: string;
  let childId: string;
  if (unbornCase) {
    await db.person.update({ where: { id: unbornCase.subjectId }, data: born, select: { id: true } });
    [childCaseId, childId] = [unbornCase.id, unbornCase.subjectId];
  } else {
    const child = await db.person.create({ data: { ...born, ownerOrgId: ctx.orgId, motherId: motherPerson.id }, select: { id: true } });
    const created = await openCase(db, ctx, { subjectId: child.id, kind: "BARN", motherCaseId: mother.id, reason: "Barnet er født" });
    [childCaseId, childId] = [created.id, child.id];
  }

  const exposure = await db.note.findMany({
    where: { ...scope.notes(), category: "RUSMIDDEL" },
    orderBy: { createdAt: "asc" },
    select: { id: true, text: true, category: true, authorOrgId: true, createdAt: true },
  });
  await scope.disclose(exposure.map((n) => ({ recordType: "Note", id: n.id, category: n.category, authorOrgId: n.authorOrgId })));
  const summary = exposure.length === 0
    ? "Ved fødslen var der ingen rusmiddelnotater i moderens sag, som måtte kopieres."
    : `Eksponering under graviditeten, kopieret fra moderens sag ved fødslen. Kun notater, som ${ctx.orgName} må se (egne og delt under et aktivt samtykke eller en hjemmel), er medtaget:\n\n${exposure.map((n) => `- ${n.text}`).join("\n")}`;
  await db.note.create({
    data: { caseId: childCaseId, authorOrgId: ctx.orgId, authorUserId: ctx.userId, authorName: ctx.userName, category: "RUSMIDDEL", text: summary },
    select: { id: true },
  });
  // The routine after a birth, from the rule table in the organisation's
  // working-day calendar. The discharge meeting is a meeting matter (MOEDER).
  const rules = computeDeadlines({ trigger: "BIRTH_REGISTERED", registeredAt: new Date() }, { calendar: (await ownOrg(db, ctx)).calendar });
  await db.task.createMany({
    data: rules.map((rule) => taskFromRule(rule, {
      caseId: childCaseId, orgId: ctx.orgId, category: rule.ruleId === "foedsel-udskrivningsmoede" ? "MOEDER" : "PLAN",
    }, { kind: "BIRTH", id: childId })),
  });
  await audit(db, ctx, {
    action: "case.birth", entityType: "CaseFile", entityId: childCaseId, caseId: mother.id, personId: childId,
    details: { childCaseId, exposureNotesCopied: exposure.length },
  });
  return { childCaseId };
}
