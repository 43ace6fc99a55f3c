import "server-only";
import type { z } from "@/lib/validation/zod";
import type { AccessContext } from "@/lib/access/context";
import { ForbiddenError, NotFoundError } from "@/lib/access/errors";
import { caseWhere, requirePermission } from "@/lib/access/policy";
import { statutoryBasis } from "@/lib/access/statutory-bases";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { withAccess, type Db } from "@/lib/db";
import { checkGiver, consentPeriod } from "./rules";
import type { recordConsentSchema, recordStatutoryBasisSchema, withdrawConsentSchema } from "./schemas";
import { computeDeadlines } from "@/lib/domain/deadlines";

// Consents and statutory bases (ADR 0006). Each takes the server-built
// AccessContext and input already parsed by the form's schema. An outsider
// gets NotFoundError before anything is written.

const DAY_MS = 86_400_000;

/** The case with its current participants, or NotFoundError for an outsider. */
async function visibleCase(db: Db, ctx: AccessContext, caseId: string) {
  const row = await db.caseFile.findFirst({
    where: { id: caseId, ...caseWhere(ctx) },
    select: {
      id: true, kind: true, responsibleOrgId: true, subjectId: true,
      participants: { where: { until: null }, select: { orgId: true } },
    },
  });
  if (!row) throw new NotFoundError("case");
  return row;
}

export async function recordConsent(ctx: AccessContext, input: z.output<typeof recordConsentSchema>): Promise<{ id: string }> {
  return withAccess(ctx, async (db) => {
    const row = await visibleCase(db, ctx, input.caseId);
    requirePermission(ctx, "consent:manage");
    // The responsible organisation obtains and keeps the consent (the
    // samarbejdsaftale's "hvem sørger for samtykket").
    if (row.responsibleOrgId !== ctx.orgId) throw new ForbiddenError("consent:manage");
    // Read apart from the case: row-level security shows the Person row only to those who may see stamdata.
    const subject = await db.person.findFirst({ where: { id: row.subjectId }, select: { birthDate: true } });
    const giverError = checkGiver(row.kind, input.givenBy, subject?.birthDate ?? null);
    if (giverError) throw new ValidationError(giverError, { givenBy: [giverError] });
    // Recipients are other participating organisations: never the recording
    // organisation itself (no self-grant, also refused by RLS basis_insert).
    const participating = new Set(row.participants.map((p) => p.orgId));
    const recipients = [...new Set(input.recipientOrgIds)];
    if (recipients.some((id) => id === ctx.orgId || !participating.has(id))) {
      const message = "Vælg kun andre organisationer, der deltager i sagen";
      throw new ValidationError(message, { recipientOrgIds: [message] });
    }
    const period = consentPeriod(input.validFrom, input.validUntil);
    if ("error" in period) throw new ValidationError(period.error, { validUntil: [period.error] });
    const categories = [...new Set(input.categories)];

    const consent = await db.consent.create({
      data: {
        caseId: row.id, recordedByOrgId: ctx.orgId, recordedByUserId: ctx.userId,
        givenBy: input.givenBy, givenByName: input.givenByName, direction: input.direction,
        purpose: input.purpose, form: input.form, evidence: input.evidence ?? null,
        validFrom: period.from, validUntil: period.until,
      },
      select: { id: true },
    });
    await db.sharingBasis.createMany({
      data: recipients.flatMap((recipientOrgId) =>
        categories.map((category) => ({
          caseId: row.id, recipientOrgId, category, kind: "CONSENT" as const, consentId: consent.id,
          grantedByOrgId: ctx.orgId, grantedByName: ctx.userName, validFrom: period.from, validTo: period.until,
        })),
      ),
    });
    // The reminder a month before expiry (B3.4: a consent is renewed yearly),
    // from the same rule table as every other clock.
    const reminders = computeDeadlines({ trigger: "CONSENT_GIVEN", validUntil: period.until, givenAt: period.from });
    await db.task.createMany({
      data: reminders.map((rule) => ({
        caseId: row.id, orgId: ctx.orgId, title: rule.label, dueAt: rule.dueAt, source: rule.ruleId, category: "PLAN" as const,
      })),
    });
    await audit(db, ctx, {
      action: "consent.record", entityType: "Consent", entityId: consent.id, caseId: row.id, personId: row.subjectId,
      details: { recipients, categories, form: input.form, validUntil: period.until.toISOString() },
    });
    return consent;
  });
}

/** Withdraws a consent and revokes its bases at once. Withdrawing twice changes nothing. */
export async function withdrawConsent(ctx: AccessContext, input: z.output<typeof withdrawConsentSchema>): Promise<void> {
  await withAccess(ctx, async (db) => {
    const consent = await db.consent.findFirst({
      where: { id: input.consentId, caseFile: caseWhere(ctx) },
      select: { id: true, caseId: true, withdrawnAt: true, recordedByOrgId: true, caseFile: { select: { responsibleOrgId: true, subjectId: true } } },
    });
    if (!consent) throw new NotFoundError("consent");
    requirePermission(ctx, "consent:manage");
    if (consent.caseFile.responsibleOrgId !== ctx.orgId && consent.recordedByOrgId !== ctx.orgId) {
      throw new ForbiddenError("consent:manage");
    }
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
      action: "consent.withdraw", entityType: "Consent", entityId: consent.id, caseId: consent.caseId,
      personId: consent.caseFile.subjectId, details: { reason: input.reason },
    });
  });
}

/**
 * A basis without consent from the fixed list. Recorded by the organisation
 * that discloses (the data holder decides, sundhedsloven § 43, stk. 3)
 * towards another organisation on the case: never towards itself.
 */
export async function recordStatutoryBasis(
  ctx: AccessContext,
  input: z.output<typeof recordStatutoryBasisSchema>,
): Promise<{ count: number }> {
  return withAccess(ctx, async (db) => {
    const row = await visibleCase(db, ctx, input.caseId);
    requirePermission(ctx, "sharing:record-statutory");
    const basis = statutoryBasis(input.code);
    if (!basis) throw new ValidationError("Ukendt hjemmel", { code: ["Vælg en hjemmel fra listen"] });
    const onCase = new Set([row.responsibleOrgId, ...row.participants.map((p) => p.orgId)]);
    if (input.recipientOrgId === ctx.orgId || !onCase.has(input.recipientOrgId)) {
      throw new ValidationError("Vælg en anden organisation på sagen", { recipientOrgId: ["Vælg en anden organisation, der deltager i sagen"] });
    }
    if (basis.recipientMustBeResponsible && input.recipientOrgId !== row.responsibleOrgId) {
      const message = `${basis.legalReference} giver kun den ansvarlige myndighed adgang`;
      throw new ValidationError(message, { recipientOrgId: [message] });
    }
    if (basis.childCaseOnly && row.kind !== "BARN") {
      const message = `${basis.legalReference} gælder kun i en sag om et barn`;
      throw new ValidationError(message, { code: [message] });
    }
    const categories = [...new Set(input.categories)];
    const outside = categories.filter((c) => !basis.categories.includes(c));
    if (outside.length > 0) {
      const message = `${basis.legalReference} dækker ikke de valgte kategorier`;
      throw new ValidationError(message, { categories: [message] });
    }
    if (basis.grantorTypes) {
      const own = await db.organization.findUniqueOrThrow({ where: { id: ctx.orgId }, select: { type: true } });
      if (!basis.grantorTypes.includes(own.type)) {
        const message = `${basis.legalReference} gælder kun for sundhedspersoner`;
        throw new ValidationError(message, { code: [message] });
      }
    }
    // Stamdata is the responsible organisation's to share (ADR 0006, RLS basis_insert).
    if (categories.includes("STAMDATA") && row.responsibleOrgId !== ctx.orgId) {
      const message = "Kun den ansvarlige myndighed kan dele stamdata";
      throw new ValidationError(message, { categories: [message] });
    }
    if (basis.kind === "MEETING") {
      const earlier = await db.sharingBasis.count({ where: { caseId: row.id, statutoryCode: basis.code } });
      if (earlier > 0) throw new ValidationError("Der er allerede holdt ét møde uden samtykke i denne sag", { code: ["Kun ét møde uden samtykke pr. sag"] });
    }
    const from = new Date();
    const to = basis.defaultDays === null ? null : new Date(from.getTime() + basis.defaultDays * DAY_MS);
    const created = await db.sharingBasis.createMany({
      data: categories.map((category) => ({
        caseId: row.id, recipientOrgId: input.recipientOrgId, category, kind: basis.kind, statutoryCode: basis.code,
        reason: input.reason, grantedByOrgId: ctx.orgId, grantedByName: ctx.userName, validFrom: from, validTo: to,
      })),
    });
    if (basis.followUpTask) {
      await db.task.create({
        data: { caseId: row.id, orgId: ctx.orgId, ownerUserId: ctx.userId, title: basis.followUpTask, dueAt: new Date(from.getTime() + 7 * DAY_MS), source: `statutory:${basis.code}`, category: "PLAN" },
        select: { id: true },
      });
    }
    await audit(db, ctx, {
      action: "basis.record-statutory", entityType: "CaseFile", entityId: row.id, caseId: row.id, personId: row.subjectId,
      details: { code: basis.code, recipientOrgId: input.recipientOrgId, categories, reason: input.reason },
    });
    return { count: created.count };
  });
}
