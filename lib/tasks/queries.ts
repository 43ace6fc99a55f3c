import "server-only";
import type { AccessContext } from "@/lib/access/context";
import type { CaseScope } from "@/lib/access/case-scope";
import { ownTasksSql } from "@/lib/access/own-records";
import { audit } from "@/lib/audit/write";
import { withAccess, type Db } from "@/lib/db";
import type { TaskSourceKind } from "@/lib/db/types";
import { ownOrg } from "@/lib/orgs/org";

// Tasks and deadlines for lists. "Overdue" is decided by the database clock
// in SQL, so lists, dashboards and counts agree on it.

const TASK_LIMIT = 200;

export type TaskRow = {
  id: string;
  title: string;
  dueAt: Date | null;
  overdue: boolean;
  caseId: string | null;
  subjectName: string | null;
  /** Where the task comes from (ADR 0016) and the deadline rule that set its due date. */
  sourceKind: TaskSourceKind;
  rule: string | null;
  /** Who holds the task: the acting user, a colleague, or nobody yet (the organisation). */
  holder: "ME" | "COLLEAGUE" | null;
};

/** Open tasks of the organisation, soonest due first; `mineOnly` keeps the user's own. */
function openTasks(db: Db, ctx: AccessContext, mineOnly: boolean) {
  return db.$queryRaw<(TaskRow & { ownerUserId: string | null })[]>`
      SELECT t.id::text AS id, t.title, t."dueAt", COALESCE(t."dueAt" < now(), false) AS overdue,
             t."caseId"::text AS "caseId", t."sourceKind"::text AS "sourceKind", t.rule,
             t."ownerUserId"::text AS "ownerUserId",
             CASE WHEN p.id IS NULL THEN NULL ELSE p."firstName" || ' ' || p."lastName" END AS "subjectName"
      FROM "Task" t
      LEFT JOIN "CaseFile" c ON c.id = t."caseId"
      LEFT JOIN "Person" p ON p.id = c."subjectId"
      WHERE ${ownTasksSql(ctx)} AND t.status = 'OPEN'
        AND (${mineOnly}::boolean = false OR t."ownerUserId" = ${ctx.userId}::uuid)
      ORDER BY t."dueAt" ASC NULLS LAST, t.id
      LIMIT ${TASK_LIMIT}`;
}

/** "Mine opgaver" (owned by the user) and "Organisationens opgaver" (all open ones), soonest due first. */
export async function listTasks(ctx: AccessContext) {
  return withAccess(ctx, async (db) => {
    const [mine, organisation] = [await openTasks(db, ctx, true), await openTasks(db, ctx, false)];
    await audit(db, ctx, { action: "task.list", details: { mine: mine.length, organisation: organisation.length } });
    const dto = (r: TaskRow & { ownerUserId: string | null }): TaskRow => ({
      id: r.id, title: r.title, dueAt: r.dueAt, overdue: r.overdue, caseId: r.caseId, subjectName: r.subjectName,
      sourceKind: r.sourceKind, rule: r.rule,
      holder: r.ownerUserId === null ? null : r.ownerUserId === ctx.userId ? "ME" : "COLLEAGUE",
    });
    return { mine: mine.map(dto), organisation: organisation.map(dto) };
  });
}

/** A case's deadlines with their legal references, under the request's scope. */
export async function getCaseDeadlines(scope: CaseScope) {
  const { db, ctx } = scope;
  const deadlines = await db.deadline.findMany({
    where: { ...scope.deadlines(), status: { not: "CANCELLED" } },
    orderBy: { dueAt: "asc" },
    select: { id: true, label: true, legalReference: true, kind: true, dueAt: true, metAt: true, category: true, orgId: true },
  });
  // Another organisation's deadlines are its records: reading them is a disclosure.
  await scope.disclose(deadlines.map((d) => ({ recordType: "Deadline", id: d.id, category: d.category, authorOrgId: d.orgId })));
  return { deadlines, calendar: (await ownOrg(db, ctx)).calendar };
}
export type CaseDeadlines = Awaited<ReturnType<typeof getCaseDeadlines>>;
