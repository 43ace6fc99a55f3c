import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { audit } from "@/lib/audit/write";
import { categoryLabel } from "@/lib/domain/categories";
import { recordTypeLabel } from "./labels";
import { orgNames } from "@/lib/orgs/org";

const LIMIT = 500;

/**
 * Disclosures on a case, for the responsible organisation (all of them) and
 * for an author organisation (its own records' disclosures): scope.disclosures(),
 * which the row-level policy disclosure_read says again.
 */
export async function readDisclosures(scope: CaseScope) {
  const { db } = scope;
  const rows = await db.disclosure.findMany({ where: scope.disclosures(), orderBy: { at: "desc" }, take: LIMIT });
  const names = await orgNames(db, rows.flatMap((r) => [r.fromOrgId, r.toOrgId]));
  return rows.map((r) => ({
    id: r.id, at: r.at, recordType: r.recordType, recordId: r.recordId, category: r.category,
    categoryLabel: categoryLabel(r.category), fromOrgName: names.get(r.fromOrgId) ?? "Anden organisation",
    toOrgName: names.get(r.toOrgId) ?? "Anden organisation", toUserName: r.toUserName, purpose: r.purpose, basisId: r.basisId,
  }));
}

export type DisclosureRow = Awaited<ReturnType<typeof readDisclosures>>[number];

function csvCell(value: string): string {
  // Quote everything, double quotes inside, and defuse spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The disclosure log as CSV (semicolon-separated, as Danish Excel expects). Audited as an export. */
export async function exportDisclosuresCsv(scope: CaseScope): Promise<string> {
  const { caseId } = scope;
  const rows = await readDisclosures(scope);
  await audit(scope.db, scope.ctx, { action: "disclosure.export", entityType: "CaseFile", entityId: caseId, caseId, details: { rows: rows.length } });
  const header = ["Tidspunkt", "Kategori", "Posttype", "Post-id", "Fra organisation", "Til organisation", "Til bruger", "Formål", "Grundlag-id"];
  const lines = rows.map((r) =>
    [r.at.toISOString(), r.categoryLabel, recordTypeLabel(r.recordType), r.recordId, r.fromOrgName, r.toOrgName, r.toUserName, r.purpose, r.basisId ?? ""]
      .map(csvCell).join(";"),
  );
  return `\uFEFF${[header.map(csvCell).join(";"), ...lines].join("\r\n")}\r\n`;
}
