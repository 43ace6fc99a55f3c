import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { liveBasisWhere } from "@/lib/access/policy";
import { statutoryBasis } from "@/lib/access/statutory-bases";
import type { Db, InfoCategory } from "@/lib/db/types";

export type ReadRecord = { recordType: string; id: string; category: InfoCategory; authorOrgId: string };

/**
 * Writes one Disclosure row per record read across an organisation boundary
 * (journalføringsbekendtgørelsen: what, to whom, purpose, basis), in the
 * reader's transaction so the log and the read commit together. Records the
 * reader authored itself are not disclosures. Returns the rows written.
 */
export async function recordDisclosures(db: Db, ctx: AccessContext, caseId: string, records: ReadRecord[]): Promise<number> {
  const foreign = records.filter((r) => r.authorOrgId !== ctx.orgId);
  if (foreign.length === 0) return 0;
  const bases = await db.sharingBasis.findMany({
    where: { caseId, ...liveBasisWhere(ctx), category: { in: [...new Set(foreign.map((r) => r.category))] } },
    // Consent first: when both exist, the citizen's own consent is the basis we cite.
    orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
    select: { id: true, category: true, kind: true, statutoryCode: true, reason: true, consent: { select: { purpose: true } } },
  });
  const byCategory = new Map<string, (typeof bases)[number]>();
  for (const b of bases) if (!byCategory.has(b.category)) byCategory.set(b.category, b);

  const rows = foreign.map((r) => {
    const basis = byCategory.get(r.category);
    const statutory = basis?.statutoryCode ? statutoryBasis(basis.statutoryCode) : undefined;
    const purpose = basis?.consent?.purpose
      ?? (statutory ? `${statutory.legalReference}: ${basis?.reason ?? statutory.label}` : "Uden registreret grundlag");
    return {
      caseId, recordType: r.recordType, recordId: r.id, category: r.category, fromOrgId: r.authorOrgId,
      toOrgId: ctx.orgId, toUserId: ctx.userId, toUserName: ctx.userName, purpose, basisId: basis?.id ?? null,
    };
  });
  // createMany: no RETURNING, since the reader may not read the log back (disclosure_read).
  const written = await db.disclosure.createMany({ data: rows });
  return written.count;
}
