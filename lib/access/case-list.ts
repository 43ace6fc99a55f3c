import "server-only";
import type { AccessContext } from "./context";
import { joinSql, sql, type Sql } from "@/lib/db/sql";
import type { Stage } from "@/lib/db/types";

export type CaseListFilter = {
  stage?: Stage;
  /** Every word must match the subject's first or last name. */
  words: string[];
  /** "Mine sager" or the overview's drill-down: only cases the organisation is responsible for with this caseworker; null: with none. */
  caseworkerUserId?: string | null;
  /** Only cases the organisation is responsible for (the overview counts its own caseload, ADR 0026). */
  responsibleOnly?: boolean;
  /** Exact match on the sagsnummer. */
  caseNumber?: number;
  /** Exact match on the subject's CPR blind index. */
  cprBlindIndex?: string;
  /** Only cases whose stamdata the organisation sees (a name or CPR search, ADR 0006). */
  stamdataOnly: boolean;
  /** Further conditions on the case row `c` that only narrow the list (the overview's drill-downs, lib/dashboard/drill.ts). */
  narrow?: Sql[];
  /** Keyset: rows after this one in (updatedAt DESC, id DESC). */
  after: { updatedAt: Date; id: string } | null;
};

function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Conditions on the case row `c` that both branches share (the keyset is each branch's own). */
function sharedConditions(f: CaseListFilter): Sql[] {
  const conditions: Sql[] = [];
  if (f.stage) conditions.push(sql`c.stage = ${f.stage}::"Stage"`);
  if (f.caseNumber !== undefined) conditions.push(sql`c."caseNumber" = ${f.caseNumber}::int`);
  for (const word of f.words) {
    const pattern = likePattern(word);
    conditions.push(sql`EXISTS (SELECT 1 FROM "Person" s WHERE s.id = c."subjectId"
      AND (s."firstName" ILIKE ${pattern} OR s."lastName" ILIKE ${pattern}))`);
  }
  conditions.push(...(f.narrow ?? []));
  if (f.cprBlindIndex !== undefined) {
    conditions.push(sql`c."subjectId" IN (SELECT s.id FROM "Person" s WHERE s."cprBlindIndex" = ${f.cprBlindIndex})`);
  }
  return conditions;
}

/**
 * A participant sees a case's stamdata when it registered the person or holds
 * a live STAMDATA basis (only the responsible organisation grants one). The
 * same rule as stamdataCaseWhere, for the participating branch.
 */
function participantStamdata(ctx: AccessContext, now: Date): Sql {
  return sql`(EXISTS (SELECT 1 FROM "Person" s WHERE s.id = c."subjectId" AND s."ownerOrgId" = ${ctx.orgId}::uuid)
    OR EXISTS (SELECT 1 FROM "SharingBasis" b WHERE b."caseId" = c.id AND b."recipientOrgId" = ${ctx.orgId}::uuid
      AND b.category = 'STAMDATA' AND b."revokedAt" IS NULL AND b."validFrom" <= ${now}
      AND (b."validTo" IS NULL OR b."validTo" > ${now})))`;
}

const where = (conditions: Sql[]) => joinSql(conditions, " AND ");

/**
 * The ids of one page of the organisation's cases, newest first (ADR 0010).
 * Two branches, each walking its own index in list order and stopping after
 * `limit` rows: the cases it is responsible for, by
 * (responsibleOrgId, [stage,] updatedAt, id), and the cases it participates in
 * now, by its participations' (orgId, caseUpdatedAt, caseId), a copy of the
 * case's updatedAt that a trigger keeps. So the cost follows the page size and the
 * organisation's participations, not the number of cases in the database.
 * Row-level security applies to both as always.
 */
export function caseListPageSql(ctx: AccessContext, f: CaseListFilter, limit: number, now = new Date()): Sql {
  const shared = sharedConditions(f);
  const responsible = where([
    sql`c."responsibleOrgId" = ${ctx.orgId}::uuid`,
    ...(f.caseworkerUserId === null ? [sql`c."caseworkerUserId" IS NULL`] : []),
    ...(f.caseworkerUserId ? [sql`c."caseworkerUserId" = ${f.caseworkerUserId}::uuid`] : []),
    ...shared,
    ...(f.after ? [sql`(c."updatedAt", c.id) < (${f.after.updatedAt}, ${f.after.id}::uuid)`] : []),
  ]);
  const participating = where([
    // A caseworker is the responsible organisation's: "Mine sager" has no participating cases.
    ...(f.caseworkerUserId !== undefined || f.responsibleOnly ? [sql`false`] : []),
    sql`p."orgId" = ${ctx.orgId}::uuid`,
    sql`p."until" IS NULL`,
    sql`c."responsibleOrgId" <> ${ctx.orgId}::uuid`,
    ...shared,
    ...(f.stamdataOnly ? [participantStamdata(ctx, now)] : []),
    ...(f.after ? [sql`(p."caseUpdatedAt", p."caseId") < (${f.after.updatedAt}, ${f.after.id}::uuid)`] : []),
  ]);
  return sql`SELECT v.id::text AS id FROM (
      (SELECT c.id, c."updatedAt" FROM "CaseFile" c WHERE ${responsible}
       ORDER BY c."updatedAt" DESC, c.id DESC LIMIT ${limit})
      UNION ALL
      (SELECT p."caseId" AS id, p."caseUpdatedAt" AS "updatedAt"
       FROM "CaseParticipant" p JOIN "CaseFile" c ON c.id = p."caseId" WHERE ${participating}
       ORDER BY p."caseUpdatedAt" DESC, p."caseId" DESC LIMIT ${limit})
    ) v ORDER BY v."updatedAt" DESC, v.id DESC LIMIT ${limit}`;
}
