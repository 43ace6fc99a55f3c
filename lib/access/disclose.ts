import "server-only";
import type { Db, InfoCategory, Prisma } from "@/lib/db/types";
import type { AccessContext } from "./context";
import { liveBasisWhere } from "./policy";
import { statutoryBasis } from "./statutory-bases";

// Disclosure rows (journalføringsbekendtgørelsen: what, to whom, purpose,
// basis) for records read across an organisation boundary, citing the basis
// that actually opened each record (ADR 0009).

/** A live sharing basis of the acting organisation, as a disclosure cites it. */
export const grantSelect = {
  id: true, caseId: true, category: true, kind: true, grantedByOrgId: true, statutoryCode: true, reason: true,
  consent: { select: { purpose: true } },
} satisfies Prisma.SharingBasisSelect;
export type Grant = Prisma.SharingBasisGetPayload<{ select: typeof grantSelect }>;

/** A record as read: its type, id, category and author (owning) organisation. */
export type ReadRecord = { recordType: string; id: string; category: InfoCategory; authorOrgId: string; caseId?: string };

/**
 * The basis that opens `record` to the reader: the citizen's consent opens
 * its category whoever wrote the record; a statutory or meeting basis opens
 * only the granting organisation's own records. Consent first when both do.
 */
export function openingGrant(grants: readonly Grant[], record: ReadRecord): Grant | undefined {
  const opening = grants.filter(
    (g) => g.category === record.category && (!record.caseId || g.caseId === record.caseId)
      && (g.kind === "CONSENT" || g.grantedByOrgId === record.authorOrgId),
  );
  return opening.find((g) => g.kind === "CONSENT") ?? opening[0];
}

function purposeOf(grant: Grant | undefined): string {
  if (!grant) return "Uden registreret grundlag";
  if (grant.consent) return grant.consent.purpose;
  const statutory = grant.statutoryCode ? statutoryBasis(grant.statutoryCode) : undefined;
  return statutory ? `${statutory.legalReference}: ${grant.reason ?? statutory.label}` : "Uden registreret grundlag";
}

/**
 * Writes one Disclosure row per record another organisation authored, in
 * the reader's transaction so the log and the read commit together.
 * Returns the number of rows written.
 */
export async function writeDisclosures(
  db: Db, ctx: AccessContext, caseId: string, grants: readonly Grant[], records: readonly ReadRecord[],
): Promise<number> {
  const foreign = records.filter((r) => r.authorOrgId !== ctx.orgId);
  if (foreign.length === 0) return 0;
  const rows = foreign.map((r) => {
    const grant = openingGrant(grants, r);
    return {
      caseId: r.caseId ?? caseId, recordType: r.recordType, recordId: r.id, category: r.category, fromOrgId: r.authorOrgId,
      toOrgId: ctx.orgId, toUserId: ctx.userId, toUserName: ctx.userName, purpose: purposeOf(grant), basisId: grant?.id ?? null,
    };
  });
  // createMany: no RETURNING, since the reader may not read the log back (disclosure_read).
  const written = await db.disclosure.createMany({ data: rows });
  return written.count;
}

/**
 * A list or search showed these subjects' stamdata (a name): one Disclosure
 * row per subject another organisation registered, so "who has seen her
 * name" is complete. One query for the bases of the whole page.
 */
export async function discloseListedStamdata(
  db: Db, ctx: AccessContext, shown: readonly { caseId: string; personId: string; ownerOrgId: string }[],
): Promise<number> {
  const foreign = shown.filter((s) => s.ownerOrgId !== ctx.orgId);
  if (foreign.length === 0) return 0;
  const grants = await db.sharingBasis.findMany({
    where: { caseId: { in: [...new Set(foreign.map((s) => s.caseId))] }, ...liveBasisWhere(ctx, "STAMDATA") },
    orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
    select: grantSelect,
  });
  const records: (ReadRecord & { caseId: string })[] = foreign.map((s) => ({
    recordType: "Person", id: s.personId, category: "STAMDATA" as const, authorOrgId: s.ownerOrgId, caseId: s.caseId,
  }));
  const [first] = records;
  return first ? writeDisclosures(db, ctx, first.caseId, grants, records) : 0;
}
