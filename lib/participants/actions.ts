import "server-only";
import type { z } from "@/lib/validation/zod";
import type { CaseScope } from "@/lib/access/case-scope";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import type { addParticipantSchema, appointCoordinatorSchema, removeParticipantSchema } from "./schemas";

// Who is on a case and who coordinates it. Only the responsible organisation
// decides (RLS participant_write and coordinator_write say the same).

export async function addParticipant(scope: CaseScope, input: z.output<typeof addParticipantSchema>): Promise<void> {
  const { db, ctx } = scope;
  const row = { id: scope.caseId, subjectId: scope.subjectId };
  scope.require("case:manage-participants");
  if (scope.isResponsibleOrg(input.orgId)) throw new ValidationError("Den ansvarlige myndighed er allerede på sagen", { orgId: ["Vælg en anden organisation"] });
  // The directory function lists public bodies without opening the Organization table.
  const known = await db.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM app_org_directory() WHERE id = ${input.orgId}::uuid`;
  if (known.length === 0) throw new ValidationError("Ukendt organisation", { orgId: ["Vælg en organisation fra listen"] });
  const contact = {
    roleOnCase: input.roleOnCase, contactName: input.contactName ?? null, contactPhone: input.contactPhone ?? null,
    contactEmail: input.contactEmail ?? null, emergencyContact: input.emergencyContact ?? null,
  };
  // One row per organisation and case: re-adding reopens it with a new "since".
  await db.caseParticipant.upsert({
    where: { caseId_orgId: { caseId: row.id, orgId: input.orgId } },
    create: { caseId: row.id, orgId: input.orgId, addedByUserId: ctx.userId, ...contact },
    update: { ...contact, until: null, since: new Date(), addedByUserId: ctx.userId },
    select: { id: true },
  });
  await audit(db, ctx, { action: "participant.add", entityType: "CaseFile", entityId: row.id, caseId: row.id, personId: row.subjectId, details: { orgId: input.orgId, roleOnCase: input.roleOnCase } });
}

/** Ends participation; the organisation's live bases on the case end with it (ADR 0006). */
export async function removeParticipant(scope: CaseScope, input: z.output<typeof removeParticipantSchema>): Promise<void> {
  const { db, ctx } = scope;
  const row = { id: scope.caseId, subjectId: scope.subjectId };
  scope.require("case:manage-participants");
  if (scope.isCoordinatorOrg(input.orgId)) {
    throw new ValidationError("Organisationen er tovholder. Udpeg en ny tovholder først.", { orgId: ["Udpeg en ny tovholder først"] });
  }
  const now = new Date();
  const ended = await db.caseParticipant.updateMany({ where: { caseId: row.id, orgId: input.orgId, until: null }, data: { until: now } });
  if (ended.count === 0) return;
  await db.sharingBasis.updateMany({ where: { caseId: row.id, recipientOrgId: input.orgId, revokedAt: null }, data: { revokedAt: now } });
  await audit(db, ctx, { action: "participant.remove", entityType: "CaseFile", entityId: row.id, caseId: row.id, personId: row.subjectId, details: { orgId: input.orgId } });
}

/** Appoints the tovholder from an organisation on the case; the hand-over note is kept in the history. */
export async function appointCoordinator(scope: CaseScope, input: z.output<typeof appointCoordinatorSchema>): Promise<void> {
  const { db, ctx } = scope;
  const row = { id: scope.caseId, subjectId: scope.subjectId };
  scope.require("case:manage-participants");
  if (!scope.isOnCase(input.orgId)) throw new ValidationError("Tovholderen skal komme fra en organisation på sagen", { orgId: ["Vælg en organisation på sagen"] });
  const now = new Date();
  await db.coordinatorAssignment.updateMany({ where: { caseId: row.id, toAt: null }, data: { toAt: now } });
  await db.coordinatorAssignment.create({
    data: { caseId: row.id, orgId: input.orgId, userName: input.userName ?? null, handoverNote: input.handoverNote, byUserId: ctx.userId, byName: ctx.userName, fromAt: now },
    select: { id: true },
  });
  await db.caseFile.update({ where: { id: row.id }, data: { coordinatorOrgId: input.orgId, coordinatorUserId: null }, select: { id: true } });
  await audit(db, ctx, { action: "coordinator.appoint", entityType: "CaseFile", entityId: row.id, caseId: row.id, personId: row.subjectId, details: { orgId: input.orgId } });
}
