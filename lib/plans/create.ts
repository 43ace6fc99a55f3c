import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { mayOwnPlanKind, PLAN_KIND_INFO } from "@/lib/domain/plans/kinds";
import type { z } from "@/lib/validation/zod";
import type { createPlanSchema } from "./schemas";

// Starting a plan (issue 11 item 1): an organisation on the case starts a
// plan of a kind its type writes, with version 1 as a draft. A
// helhedsorienteret plan replaces the separate plans only with the parent's
// consent, recorded through the consent path and linked here.

export async function createPlan(scope: CaseScope, input: z.output<typeof createPlanSchema>): Promise<{ id: string; versionId: string }> {
  const { db, ctx, caseId } = scope;
  scope.require("plan:create");
  const info = PLAN_KIND_INFO[input.kind];
  if (!mayOwnPlanKind((await scope.ownOrg()).type, input.kind)) {
    throw new ValidationError(`Din organisation skriver ikke ${info.label.toLowerCase()}.`, { kind: ["Vælg en plantype, din organisation skriver"] });
  }
  let consentId: string | null = null;
  if (info.needsConsent) {
    const consent = input.consentId
      ? await db.consent.findFirst({ where: { id: input.consentId, withdrawnAt: null, validUntil: { gt: new Date() }, ...scope.consents() }, select: { id: true } })
      : null;
    if (!consent) throw new ValidationError("En helhedsorienteret plan kræver forælderens samtykke.", { consentId: ["Vælg forælderens samtykke, eller registrér det først under Samtykker"] });
    consentId = consent.id;
  }
  const existing = await db.plan.findFirst({ where: { caseId, ownerOrgId: ctx.orgId, kind: input.kind }, select: { id: true } });
  if (existing) throw new ValidationError(`Der findes allerede en ${info.label.toLowerCase()} fra din organisation på sagen.`, { kind: ["Åbn den eksisterende plan"] });
  const plan = await db.plan.create({
    data: { caseId, ownerOrgId: ctx.orgId, kind: input.kind, consentId, createdByName: ctx.userName },
    select: { id: true },
  });
  const version = await db.planVersion.create({
    data: {
      planId: plan.id, caseId, ownerOrgId: ctx.orgId, number: 1, createdByUserId: ctx.userId, createdByName: ctx.userName, updatedByName: ctx.userName,
    },
    select: { id: true },
  });
  await audit(db, ctx, {
    action: "plan.create", entityType: "Plan", entityId: plan.id, caseId, personId: scope.subjectId,
    details: { kind: input.kind, consentId },
  });
  return { id: plan.id, versionId: version.id };
}
