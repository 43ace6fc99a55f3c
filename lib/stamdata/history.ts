import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { formatCaseNumber } from "@/lib/cases/case-number";
import type { StamdataChangeKind } from "@/lib/db/types";

// The case's stamdata history (ADR 0017): who added or changed the CPR
// (never the number itself), the name, the termin, and merges. Written by
// the responsible organisation, read by it alone (RLS: stamdata_change_read).

export type StamdataChangeEntry = {
  kind: StamdataChangeKind;
  personId: string;
  oldValue?: string | null;
  newValue?: string | null;
  other?: { caseId: string; caseNumber: number };
};

/** One history row on the scope's case (or, for a merge, on the other case too: pass its id). */
export async function recordStamdataChange(scope: CaseScope, entry: StamdataChangeEntry, caseId = scope.caseId): Promise<void> {
  const { db, ctx } = scope;
  await db.stamdataChange.create({
    data: {
      caseId, personId: entry.personId, orgId: ctx.orgId, kind: entry.kind, oldValue: entry.oldValue ?? null, newValue: entry.newValue ?? null,
      otherCaseId: entry.other?.caseId ?? null, otherCaseNumber: entry.other?.caseNumber ?? null, byUserId: ctx.userId, byName: ctx.userName,
    },
    select: { id: true },
  });
}

/** The history as the case page shows it, newest first; only the responsible organisation has one. */
export async function readStamdataHistory(scope: CaseScope) {
  if (!scope.isResponsible) return [];
  const rows = await scope.db.stamdataChange.findMany({
    where: { caseId: scope.caseId },
    orderBy: { at: "desc" },
    take: 100,
    select: { id: true, kind: true, oldValue: true, newValue: true, otherCaseId: true, otherCaseNumber: true, byName: true, at: true },
  });
  return rows.map(({ otherCaseNumber, ...row }) => ({
    ...row,
    otherCaseNumber: otherCaseNumber === null ? null : formatCaseNumber(otherCaseNumber),
  }));
}
export type StamdataHistoryRow = Awaited<ReturnType<typeof readStamdataHistory>>[number];
