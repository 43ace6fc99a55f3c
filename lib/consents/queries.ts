import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { NotFoundError } from "@/lib/access/errors";
import { can, caseWhere, requireCaseReader } from "@/lib/access/policy";
import { statutoryBasis } from "@/lib/access/statutory-bases";
import { withAccess, type Db } from "@/lib/db";
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
 * see right now ("Hvad kan X se?"). NotFoundError for outsiders.
 */
export async function getSharing(ctx: AccessContext, caseId: string) {
  return withAccess(ctx, (db) => getSharingIn(db, ctx, caseId));
}

/** getSharing, in the caller's transaction (one transaction per page: lib/cases/case-page.ts). */
export async function getSharingIn(db: Db, ctx: AccessContext, caseId: string) {
  requireCaseReader(ctx);
  const row = await db.caseFile.findFirst({
    where: { id: caseId, ...caseWhere(ctx) },
    select: { id: true, kind: true, responsibleOrgId: true, participants: { where: { until: null }, orderBy: { since: "asc" }, select: { orgId: true, roleOnCase: true } } },
  });
  if (!row) throw new NotFoundError("case");
  const [consents, bases] = await Promise.all([
    db.consent.findMany({ where: { caseId }, orderBy: { createdAt: "desc" }, include: { bases: { select: { recipientOrgId: true, category: true } } } }),
    db.sharingBasis.findMany({ where: { caseId }, orderBy: { createdAt: "desc" } }),
  ]);
  const orgIds = [row.responsibleOrgId, ...row.participants.map((p) => p.orgId), ...bases.map((b) => b.recipientOrgId)];
  const names = await orgNames(db, orgIds);
  const now = new Date();
  const isResponsible = row.responsibleOrgId === ctx.orgId;
  // A participant sees the sharing that concerns it (as recipient or
  // grantor), not the whole network's: purposes can be sensitive.
  const concernsMe = (b: { recipientOrgId: string; grantedByOrgId: string }) =>
    isResponsible || b.recipientOrgId === ctx.orgId || b.grantedByOrgId === ctx.orgId;

  const onCase = [
    { orgId: row.responsibleOrgId, roleOnCase: "Ansvarlig myndighed" },
    ...row.participants.filter((p) => p.orgId !== row.responsibleOrgId),
  ];
  const coverage = onCase.filter((p) => isResponsible || p.orgId === ctx.orgId).map((p) => {
    const live = new Set(bases.filter((b) => b.recipientOrgId === p.orgId && basisStatus(b, now) === "aktiv").map((b) => b.category));
    return {
      orgId: p.orgId, orgName: names.get(p.orgId) ?? "", roleOnCase: p.roleOnCase,
      categories: CATEGORIES.filter((c) => live.has(c)) as Category[],
    };
  });

  return {
    caseId: row.id,
    kind: row.kind,
    isResponsible,
    canManageConsents: isResponsible && can(ctx, "consent:manage"),
    canRecordStatutory: can(ctx, "sharing:record-statutory"),
    /** Possible consent recipients: participating organisations other than the recorder. */
    recipients: row.participants.filter((p) => p.orgId !== ctx.orgId).map((p) => ({ id: p.orgId, name: names.get(p.orgId) ?? "", roleOnCase: p.roleOnCase })),
    /** Possible recipients of a statutory basis: anyone else on the case. */
    otherOrgs: onCase.filter((p) => p.orgId !== ctx.orgId).map((p) => ({ id: p.orgId, name: names.get(p.orgId) ?? "", isResponsible: p.orgId === row.responsibleOrgId })),
    consents: consents.filter((c) => isResponsible || c.bases.some((b) => b.recipientOrgId === ctx.orgId)).map((c) => ({
      id: c.id, givenBy: c.givenBy, givenByName: c.givenByName, direction: c.direction, purpose: c.purpose, form: c.form,
      evidence: c.evidence, validFrom: c.validFrom, validUntil: c.validUntil, withdrawnAt: c.withdrawnAt,
      withdrawnByName: c.withdrawnByName, withdrawalReason: c.withdrawalReason,
      status: basisStatus({ revokedAt: c.withdrawnAt, validFrom: c.validFrom, validTo: c.validUntil }, now),
      recipients: [...new Set(c.bases.map((b) => b.recipientOrgId))].map((id) => names.get(id) ?? "Anden organisation"),
      categories: CATEGORIES.filter((cat) => c.bases.some((b) => b.category === cat)),
      canWithdraw: !c.withdrawnAt && isResponsible && can(ctx, "consent:manage"),
    })),
    statutory: bases.filter((b) => b.kind !== "CONSENT" && concernsMe(b)).map((b) => ({
      id: b.id, code: b.statutoryCode, label: statutoryBasis(b.statutoryCode ?? "")?.label ?? b.statutoryCode ?? "",
      legalReference: statutoryBasis(b.statutoryCode ?? "")?.legalReference ?? "", category: b.category,
      recipientName: names.get(b.recipientOrgId) ?? "Anden organisation", grantedByName: b.grantedByName, reason: b.reason,
      validFrom: b.validFrom, validTo: b.validTo, status: basisStatus(b, now),
    })),
    coverage,
  };
}
export type SharingView = Awaited<ReturnType<typeof getSharing>>;
