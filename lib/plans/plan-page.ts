import "server-only";
import type { PlanScope } from "@/lib/access/plan-scope";
import { audit } from "@/lib/audit/write";
import { formatCaseNumber } from "@/lib/cases/case-number";
import { diffVersions, type Change } from "@/lib/domain/plans/diff";
import { PLAN_KIND_INFO } from "@/lib/domain/plans/kinds";
import { readVersionContent, type VersionContent } from "./content";

// What a plan's page shows: the versions the organisation may read (the
// owner's drafts and approved versions; others' approved versions only), the
// chosen version's content as the record rule opens it, and for a revision
// what changed since the previous approved version (not for the print view
// and the PDF, which show no changes: `withoutChanges`). Every record read
// across the boundary is disclosed, and the read is audited.

const versionSelect = {
  id: true, number: true, status: true, lockVersion: true, purpose: true, focusPoints: true, afterBirthStay: true, afterBirthFeeding: true,
  afterBirthDischarge: true, revisionReason: true, revisionNote: true, createdByUserId: true, createdByName: true, updatedByName: true, updatedAt: true,
  submittedAt: true, submittedByUserId: true, approvedAt: true, approvedByName: true, approvalComment: true, returnedAt: true, returnReason: true,
  category: true, ownerOrgId: true,
} as const;

function diffShape(v: { purpose: string; focusPoints: string[] }, c: VersionContent) {
  return {
    purpose: v.purpose, focusPoints: v.focusPoints,
    goals: c.goals.map((g) => ({ key: g.key, title: g.title, targetDate: g.targetDate, status: g.recordedStatus })),
    interventions: c.interventions.map((i) => ({
      key: i.key, title: i.title, track: i.track, responsibleOrgName: i.responsibleOrgName, responsibleName: i.responsibleName,
      startDate: i.startDate, followUpDate: i.followUpDate, frequency: i.frequency,
    })),
  };
}

export async function getPlanPage(ps: PlanScope, options: { versionId?: string; withoutChanges?: boolean } = {}) {
  const { scope, plan } = ps;
  const { db, ctx } = scope;
  const versions = await db.planVersion.findMany({ where: { planId: plan.id, ...scope.planVersions() }, orderBy: { number: "desc" }, select: versionSelect });
  const version = versions.find((v) => v.id === options.versionId) ?? versions[0] ?? null;
  const content = version ? await readVersionContent(scope, plan.id, version.id) : null;
  const previous = version ? versions.find((v) => v.number < version.number && v.status === "GODKENDT") : undefined;
  let changes: Change[] | null = null;
  let readBefore: VersionContent["read"] = [];
  if (!options.withoutChanges && version && content && previous && version.revisionReason) {
    const before = await readVersionContent(scope, plan.id, previous.id);
    changes = diffVersions(diffShape(previous, before), diffShape(version, content));
    // The change texts show the previous version's records too: they are read across the boundary as well.
    readBefore = before.read;
  }
  const caseRow = await db.caseFile.findFirst({ where: { id: plan.caseId }, select: { caseNumber: true } });
  if (version && content) {
    await scope.disclose([{ recordType: "PlanVersion", id: version.id, category: version.category, authorOrgId: version.ownerOrgId }, ...content.read, ...readBefore]);
  }
  await audit(db, ctx, { action: "plan.read", entityType: "Plan", entityId: plan.id, caseId: plan.caseId, personId: scope.subjectId, details: { versionId: version?.id ?? null } });
  const isOwner = ps.isOwner;
  const editable = !!version && isOwner && (version.status === "KLADDE" || version.status === "RETURNERET") && scope.can("plan:edit", { ownerOrgId: plan.ownerOrgId });
  const mine = !!version && (version.createdByUserId === ctx.userId || version.submittedByUserId === ctx.userId);
  return {
    plan: { ...plan, label: PLAN_KIND_INFO[plan.kind].label, legalReference: PLAN_KIND_INFO[plan.kind].legalReference },
    caseNumber: caseRow ? formatCaseNumber(caseRow.caseNumber) : "",
    versions: versions.map(({ id, number, status, approvedAt, revisionReason }) => ({ id, number, status, approvedAt, revisionReason })),
    version: version && { ...version, content: content! },
    changes,
    canEdit: editable,
    canDecide: !!version && version.status === "SENDT" && !mine && scope.can("plan:approve", { ownerOrgId: plan.ownerOrgId }),
    ownDraftAwaiting: !!version && version.status === "SENDT" && mine,
    canRevise: isOwner && versions[0]?.status === "GODKENDT" && scope.can("plan:edit", { ownerOrgId: plan.ownerOrgId }),
  };
}
export type PlanPage = Awaited<ReturnType<typeof getPlanPage>>;
