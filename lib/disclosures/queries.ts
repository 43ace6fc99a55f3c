import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { NotFoundError } from "@/lib/access/errors";
import { caseWhere, requireCaseReader } from "@/lib/access/policy";
import { audit } from "@/lib/audit/write";
import { withAccess, type Db } from "@/lib/db";
import { categoryLabel } from "@/lib/domain/categories";
import { recordTypeLabel } from "./labels";
import { orgNames } from "@/lib/orgs/org";

const LIMIT = 500;

/**
 * Disclosures on a case, for the responsible organisation (all of them) and
 * for an author organisation (its own records' disclosures). Anyone else gets
 * NotFoundError: the row-level policy disclosure_read says the same.
 */
export async function readDisclosures(db: Db, ctx: AccessContext, caseId: string) {
  requireCaseReader(ctx);
  const row = await db.caseFile.findFirst({ where: { id: caseId, ...caseWhere(ctx) }, select: { id: true, responsibleOrgId: true } });
  if (!row) throw new NotFoundError("case");
  const isResponsible = row.responsibleOrgId === ctx.orgId;
  const rows = await db.disclosure.findMany({
    where: { caseId, ...(isResponsible ? {} : { fromOrgId: ctx.orgId }) },
    orderBy: { at: "desc" },
    take: LIMIT,
  });
  const names = await orgNames(db, rows.flatMap((r) => [r.fromOrgId, r.toOrgId]));
  return rows.map((r) => ({
    id: r.id, at: r.at, recordType: r.recordType, recordId: r.recordId, category: r.category,
    categoryLabel: categoryLabel(r.category), fromOrgName: names.get(r.fromOrgId) ?? "Anden organisation",
    toOrgName: names.get(r.toOrgId) ?? "Anden organisation", toUserName: r.toUserName, purpose: r.purpose, basisId: r.basisId,
  }));
}

export async function listDisclosures(ctx: AccessContext, caseId: string) {
  return withAccess(ctx, (db) => readDisclosures(db, ctx, caseId));
}
export type DisclosureRow = Awaited<ReturnType<typeof listDisclosures>>[number];

function csvCell(value: string): string {
  // Quote everything, double quotes inside, and defuse spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The disclosure log as CSV (semicolon-separated, as Danish Excel expects). Audited as an export. */
export async function exportDisclosuresCsv(ctx: AccessContext, caseId: string): Promise<string> {
  return withAccess(ctx, async (db) => {
    const rows = await readDisclosures(db, ctx, caseId);
    await audit(db, ctx, { action: "disclosure.export", entityType: "CaseFile", entityId: caseId, caseId, details: { rows: rows.length } });
    const header = ["Tidspunkt", "Kategori", "Posttype", "Post-id", "Fra organisation", "Til organisation", "Til bruger", "Formål", "Grundlag-id"];
    const lines = rows.map((r) =>
      [r.at.toISOString(), r.categoryLabel, recordTypeLabel(r.recordType), r.recordId, r.fromOrgName, r.toOrgName, r.toUserName, r.purpose, r.basisId ?? ""]
        .map(csvCell).join(";"),
    );
    return `\uFEFF${[header.map(csvCell).join(";"), ...lines].join("\r\n")}\r\n`;
  });
}
