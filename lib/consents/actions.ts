import "server-only";
import type { z } from "@/lib/validation/zod";
import type { CaseScope } from "@/lib/access/case-scope";
import { NotFoundError } from "@/lib/access/errors";
import { statutoryBasis } from "@/lib/access/statutory-bases";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { addCalendarDays } from "@/lib/domain/calendar";
import { computeDeadlines } from "@/lib/domain/deadlines";
import { taskFromRule } from "@/lib/tasks/from-rules";
import { checkGiver, consentPeriod } from "./rules";
import type { recordConsentSchema, recordStatutoryBasisSchema, withdrawConsentSchema } from "./schemas";

// Consents and statutory bases (ADR 0006). Each takes the request's case
// scope (an outsider never gets one: NotFoundError) and input already parsed
// by the form's schema. What the scope allows is what the page offers.

export async function recordConsent(scope: CaseScope, input: z.output<typeof recordConsentSchema>): Promise<{ id: string }> {
  const { db, ctx, caseId } = scope;
  scope.require("consent:record");
  // Read apart from the case: row-level security shows the Person row only to those who may see stamdata.
  const subject = await db.person.findFirst({ where: { id: scope.subjectId }, select: { birthDate: true } });
  const giverError = checkGiver(scope.kind, input.givenBy, subject?.birthDate ?? null);
  if (giverError) throw new ValidationError(giverError, { givenBy: [giverError] });
  // Recipients are organisations on the case, the recording one included (a
  // consent to indhente opens the others' records to the recorder, ADR 0025).
  const recipients = [...new Set(input.recipientOrgIds)];
  if (recipients.some((id) => !scope.isOnCase(id))) {
    const message = "Vælg kun organisationer, der deltager i sagen";
    throw new ValidationError(message, { recipientOrgIds: [message] });
  }
  const period = consentPeriod(input.validFrom, input.validUntil);
  if ("error" in period) throw new ValidationError(period.error, { validUntil: [period.error] });
  const categories = [...new Set(input.categories)];
  // Stamdata are the responsible organisation's to share (ADR 0006, RLS basis_insert).
  if (categories.includes("STAMDATA") && !scope.can("consent:share-stamdata")) {
    throw new ValidationError("Kun den ansvarlige myndighed kan dele stamdata", { categories: ["Kun den ansvarlige myndighed kan dele stamdata"] });
  }

  const consent = await db.consent.create({
    data: {
      caseId, recordedByOrgId: ctx.orgId, recordedByUserId: ctx.userId,
      givenBy: input.givenBy, givenByName: input.givenByName, direction: input.direction,
      purpose: input.purpose, form: input.form, evidence: input.evidence ?? null,
      validFrom: period.from, validUntil: period.until,
    },
    select: { id: true },
  });
  await db.sharingBasis.createMany({
    data: recipients.flatMap((recipientOrgId) =>
      categories.map((category) => ({
        caseId, recipientOrgId, category, kind: "CONSENT" as const, consentId: consent.id,
        grantedByOrgId: ctx.orgId, grantedByName: ctx.userName, validFrom: period.from, validTo: period.until,
      })),
    ),
  });
  // The reminder a month before expiry (B3.4: a consent is renewed yearly),
  // from the same rule table as every other clock.
  const reminders = computeDeadlines({ trigger: "CONSENT_GIVEN", validUntil: period.until, givenAt: period.from });
  // Linked to the consent: withdrawing it closes the reminder (ADR 0016).
  await db.task.createMany({
    data: reminders.map((rule) => taskFromRule(rule, { caseId, orgId: ctx.orgId, category: "PLAN" }, { kind: "CONSENT", id: consent.id })),
  });
  await audit(db, ctx, {
    action: "consent.record", entityType: "Consent", entityId: consent.id, caseId, personId: scope.subjectId,
    details: { recipients, categories, form: input.form, validUntil: period.until.toISOString() },
  });
  return consent;
}

/** Withdraws a consent and revokes its bases at once. Withdrawing twice changes nothing. */
export async function withdrawConsent(scope: CaseScope, input: z.output<typeof withdrawConsentSchema>): Promise<void> {
  const { db, ctx } = scope;
  const consent = await db.consent.findFirst({
    where: { id: input.consentId, ...scope.consents() },
    select: { id: true, withdrawnAt: true, recordedByOrgId: true },
  });
  if (!consent) throw new NotFoundError("consent");
  scope.require("consent:withdraw", { ownerOrgId: consent.recordedByOrgId });
  if (consent.withdrawnAt) return;
  const now = new Date();
  // withdrawnAt IS NULL in the WHERE: of two concurrent withdrawals one wins, the other is a no-op.
  const updated = await db.consent.updateMany({
    where: { id: consent.id, withdrawnAt: null },
    data: { withdrawnAt: now, withdrawnByName: ctx.userName, withdrawalReason: input.reason },
  });
  if (updated.count === 0) return;
  await db.sharingBasis.updateMany({ where: { consentId: consent.id, revokedAt: null }, data: { revokedAt: now } });
  await audit(db, ctx, {
    action: "consent.withdraw", entityType: "Consent", entityId: consent.id, caseId: scope.caseId,
    personId: scope.subjectId, details: { reason: input.reason },
  });
}

/** A field error as a ValidationError, with the same message on the form and on the field. */
function invalid(field: string, message: string): ValidationError {
  return new ValidationError(message, { [field]: [message] });
}

/**
 * A basis without consent from the fixed list. Recorded by the organisation
 * that discloses (the data holder decides, sundhedsloven § 43, stk. 3)
 * towards another organisation on the case: never towards itself.
 */
export async function recordStatutoryBasis(scope: CaseScope, input: z.output<typeof recordStatutoryBasisSchema>): Promise<{ count: number }> {
  const { db, ctx, caseId } = scope;
  scope.require("sharing:record-statutory");
  const basis = statutoryBasis(input.code);
  if (!basis) throw new ValidationError("Ukendt hjemmel", { code: ["Vælg en hjemmel fra listen"] });
  if (scope.isOwn(input.recipientOrgId) || !scope.isOnCase(input.recipientOrgId)) {
    throw new ValidationError("Vælg en anden organisation på sagen", { recipientOrgId: ["Vælg en anden organisation, der deltager i sagen"] });
  }
  if (basis.recipientMustBeResponsible && !scope.isResponsibleOrg(input.recipientOrgId)) {
    throw invalid("recipientOrgId", `${basis.legalReference} giver kun den ansvarlige myndighed adgang`);
  }
  if (basis.childCaseOnly && scope.kind !== "BARN") throw invalid("code", `${basis.legalReference} gælder kun i en sag om et barn`);
  const categories = [...new Set(input.categories)];
  if (categories.some((c) => !basis.categories.includes(c))) {
    throw invalid("categories", `${basis.legalReference} dækker ikke de valgte kategorier`);
  }
  if (basis.grantorTypes) {
    const own = await db.organization.findUniqueOrThrow({ where: { id: ctx.orgId }, select: { type: true } });
    if (!basis.grantorTypes.includes(own.type)) throw invalid("code", `${basis.legalReference} gælder kun for sundhedspersoner`);
  }
  // Stamdata is the responsible organisation's to share (ADR 0006, RLS basis_insert).
  if (categories.includes("STAMDATA") && !scope.isResponsible) throw invalid("categories", "Kun den ansvarlige myndighed kan dele stamdata");
  if (basis.kind === "MEETING") {
    const earlier = await db.sharingBasis.count({ where: { caseId, statutoryCode: basis.code } });
    if (earlier > 0) throw new ValidationError("Der er allerede holdt ét møde uden samtykke i denne sag", { code: ["Kun ét møde uden samtykke pr. sag"] });
  }
  const from = new Date();
  const to = basis.defaultDays === null ? null : addCalendarDays(from, basis.defaultDays);
  const created = await db.sharingBasis.createManyAndReturn({
    data: categories.map((category) => ({
      caseId, recipientOrgId: input.recipientOrgId, category, kind: basis.kind, statutoryCode: basis.code,
      reason: input.reason, grantedByOrgId: ctx.orgId, grantedByName: ctx.userName, validFrom: from, validTo: to,
    })),
    select: { id: true },
  });
  // A follow-up duty (e.g. telling the patient, SUL § 43, stk. 4) comes from
  // the rule table. The rows recorded together share it: it names the first.
  const followUps = computeDeadlines({ trigger: "STATUTORY_BASIS_RECORDED", recordedAt: from, code: basis.code });
  if (followUps.length > 0) {
    await db.task.createMany({
      data: followUps.map((rule) =>
        taskFromRule(rule, { caseId, orgId: ctx.orgId, ownerUserId: ctx.userId, category: "PLAN" }, { kind: "SHARING_BASIS", id: created[0]!.id })),
    });
  }
  await audit(db, ctx, {
    action: "basis.record-statutory", entityType: "CaseFile", entityId: caseId, caseId, personId: scope.subjectId,
    details: { code: basis.code, recipientOrgId: input.recipientOrgId, categories, reason: input.reason },
  });
  return { count: created.length };
}
