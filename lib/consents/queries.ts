import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { statutoryBasis } from "@/lib/access/statutory-bases";
import { CATEGORIES, type Category } from "@/lib/domain/categories";
import { orgNames } from "@/lib/orgs/org";

export type BasisStatus = "aktiv" | "udløbet" | "tilbagekaldt" | "fremtidig";

/** Status as text (never colour alone): what the citizen and staff read. */
export function basisStatus(b: { revokedAt: Date | null; validFrom: Date; validTo: Date | null }, now = new Date()): BasisStatus {
  if (b.revokedAt) return "tilbagekaldt";
  if (b.validFrom > now) return "fremtidig";
  if (b.validTo && b.validTo <= now) return "udløbet";
  return "aktiv";
}

/**
 * The "Samtykker og hjemmel" section: consents, bases without consent, and
 * per organisation on the case which categories of others' records it can
 * see right now ("Hvad kan X se?"). A participant sees the sharing that
 * concerns it, not the whole network's (scope.consents / scope.sharingBases).
 */
export async function getSharing(scope: CaseScope) {
  const { db } = scope;
  // Sequential: one connection per transaction runs one query at a time.
  const consents = await db.consent.findMany({
    where: scope.consents(), orderBy: { createdAt: "desc" }, include: { bases: { select: { recipientOrgId: true, category: true } } },
  });
  const bases = await db.sharingBasis.findMany({ where: scope.sharingBases(), orderBy: { createdAt: "desc" } });
  const orgIds = [scope.responsibleOrgId, ...scope.participants.map((p) => p.orgId), ...bases.map((b) => b.recipientOrgId)];
  const names = await orgNames(db, orgIds);
  const now = new Date();
  const all = scope.can("sharing:read-all");

  const onCase = [{ orgId: scope.responsibleOrgId, roleOnCase: "Ansvarlig myndighed" }, ...scope.participants];
  const coverage = onCase.filter((p) => all || scope.isOwn(p.orgId)).map((p) => {
    const live = new Set(bases.filter((b) => b.recipientOrgId === p.orgId && basisStatus(b, now) === "aktiv").map((b) => b.category));
    return {
      orgId: p.orgId, orgName: names.get(p.orgId) ?? "", roleOnCase: p.roleOnCase,
      categories: CATEGORIES.filter((c) => live.has(c)) as Category[],
    };
  });
  const others = onCase.filter((p) => !scope.isOwn(p.orgId));

  return {
    caseId: scope.caseId,
    kind: scope.kind,
    isResponsible: scope.isResponsible,
    canManageConsents: scope.can("consent:record"),
    /** Stamdata can be shared by the responsible organisation only (ADR 0006). */
    canShareStamdata: scope.can("consent:share-stamdata"),
    /** The organisation recording a consent: the one that obtained it (ADR 0025). */
    recorderOrgName: scope.ctx.orgName,
    canRecordStatutory: scope.can("sharing:record-statutory"),
    /** Possible consent recipients: every organisation on the case, the recorder included (ADR 0025). */
    recipients: onCase.map((p) => ({
      id: p.orgId, name: names.get(p.orgId) ?? "", roleOnCase: scope.isOwn(p.orgId) ? `${p.roleOnCase} (egen organisation)` : p.roleOnCase,
    })),
    /** Possible recipients of a statutory basis: anyone else on the case. */
    otherOrgs: others.map((p) => ({ id: p.orgId, name: names.get(p.orgId) ?? "", isResponsible: scope.isResponsibleOrg(p.orgId) })),
    consents: consents.map((c) => ({
      id: c.id, givenBy: c.givenBy, givenByName: c.givenByName, direction: c.direction, purpose: c.purpose, form: c.form,
      evidence: c.evidence, validFrom: c.validFrom, validUntil: c.validUntil, withdrawnAt: c.withdrawnAt,
      withdrawnByName: c.withdrawnByName, withdrawalReason: c.withdrawalReason,
      status: basisStatus({ revokedAt: c.withdrawnAt, validFrom: c.validFrom, validTo: c.validUntil }, now),
      recipients: [...new Set(c.bases.map((b) => b.recipientOrgId))].map((id) => names.get(id) ?? "Anden organisation"),
      categories: CATEGORIES.filter((cat) => c.bases.some((b) => b.category === cat)),
      canWithdraw: !c.withdrawnAt && scope.can("consent:withdraw", { ownerOrgId: c.recordedByOrgId }),
    })),
    statutory: bases.filter((b) => b.kind !== "CONSENT").map((b) => ({
      id: b.id, code: b.statutoryCode, label: statutoryBasis(b.statutoryCode ?? "")?.label ?? b.statutoryCode ?? "",
      legalReference: statutoryBasis(b.statutoryCode ?? "")?.legalReference ?? "", category: b.category,
      recipientName: names.get(b.recipientOrgId) ?? "Anden organisation", grantedByName: b.grantedByName, reason: b.reason,
      validFrom: b.validFrom, validTo: b.validTo, status: basisStatus(b, now),
    })),
    coverage,
  };
}
export type SharingView = Awaited<ReturnType<typeof getSharing>>;
