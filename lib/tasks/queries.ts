import "server-only";
import type { AccessContext } from "@/lib/access/context";
import type { CaseScope } from "@/lib/access/case-scope";
import { discloseListedStamdata } from "@/lib/access/disclose";
import { ownTasksSql } from "@/lib/access/own-records";
import { audit } from "@/lib/audit/write";
import { withAccess, type Db } from "@/lib/db";
import { decodeKeyset, pageOf } from "@/lib/db/keyset";
import { sql, type Sql } from "@/lib/db/sql";
import type { TaskSourceKind } from "@/lib/db/types";
import { getRule, MANUAL_CASE_EVENTS, manualEventsFor } from "@/lib/domain/deadlines";
import { assignableColleagues } from "./workflow";

// Tasks and deadlines for lists. "Overdue" is decided by the database clock
// in SQL, so lists, dashboards and counts agree on it.

/** Open tasks per page, soonest due first; "Næste side" goes on from the last (lib/db/keyset.ts). */
export const TASK_LIMIT = 100;

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
  /** A referat action's meeting, when the organisation sees the meeting: the task links back to it. */
  meetingId: string | null;
  /** Who holds the task: the acting user, a colleague, or nobody yet (the organisation). */
  holder: "ME" | "COLLEAGUE" | null;
  ownerUserId: string | null;
  holderName: string | null;
  completedAt: Date | null;
  completedByName: string | null;
  completionNote: string | null;
};

type TaskSqlRow = Omit<TaskRow, "holder"> & { personId: string | null; personOwnerOrgId: string | null };

const DONE_LIMIT = 20;

/**
 * The organisation's tasks: open ones soonest due first (`mineOnly` keeps the
 * user's own), or the most recently completed ones.
 */
function tasks(db: Db, ctx: AccessContext, which: "mine" | "open" | "done", after: Sql = sql`true`, limit = TASK_LIMIT) {
  const filter =
    which === "done" ? sql`t.status = 'DONE'`
    : which === "mine" ? sql`t.status = 'OPEN' AND t."ownerUserId" = ${ctx.userId}::uuid`
    : sql`t.status = 'OPEN'`;
  const order = which === "done" ? sql`t."completedAt" DESC NULLS LAST, t.id` : sql`t."dueAt" ASC NULLS LAST, t.id`;
  return db.$queryRaw<TaskSqlRow[]>`
      SELECT t.id::text AS id, t.title, t."dueAt", COALESCE(t.status = 'OPEN' AND t."dueAt" < now(), false) AS overdue,
             t."caseId"::text AS "caseId", t."sourceKind"::text AS "sourceKind", t.rule,
             CASE WHEN t."sourceKind" = 'MEETING_ACTION' THEN app_minutes_meeting(t."sourceId")::text END AS "meetingId",
             t."ownerUserId"::text AS "ownerUserId", u.name AS "holderName",
             t."completedAt", t."completedByName", t."completionNote",
             CASE WHEN p.id IS NULL THEN NULL ELSE p."firstName" || ' ' || p."lastName" END AS "subjectName",
             p.id::text AS "personId", p."ownerOrgId"::text AS "personOwnerOrgId"
      FROM "Task" t
      LEFT JOIN "CaseFile" c ON c.id = t."caseId"
      LEFT JOIN "Person" p ON p.id = c."subjectId"
      LEFT JOIN "User" u ON u.id = t."ownerUserId"
      WHERE ${ownTasksSql(ctx)} AND ${filter} AND ${after}
      ORDER BY ${order}
      LIMIT ${which === "done" ? DONE_LIMIT : limit + 1}`;
}

/** Rows after the cursor in the open lists' order: due date ascending with undated last, then id. */
function afterCursor(cursor: string | undefined): Sql {
  const key = decodeKeyset(cursor, ["date?", "uuid"]);
  if (!key) return sql`true`;
  const [dueAt, id] = key as [Date | null, string];
  return dueAt === null
    ? sql`(t."dueAt" IS NULL AND t.id > ${id}::uuid)`
    : sql`(t."dueAt" > ${dueAt} OR t."dueAt" IS NULL OR (t."dueAt" = ${dueAt} AND t.id > ${id}::uuid))`;
}

/**
 * "Mine opgaver" (owned by the user), "Organisationens opgaver" (all open
 * ones), the last completed ones, and the colleagues a task can go to. Names
 * shown from another organisation's stamdata are disclosed (ADR 0009).
 */
export async function listTasks(ctx: AccessContext, cursor?: string, limit = TASK_LIMIT) {
  return withAccess(ctx, async (db) => {
    const mine = pageOf(await tasks(db, ctx, "mine"), TASK_LIMIT, (r) => [r.dueAt, r.id]);
    const organisation = pageOf(await tasks(db, ctx, "open", afterCursor(cursor), limit), limit, (r) => [r.dueAt, r.id]);
    const done = await tasks(db, ctx, "done");
    await audit(db, ctx, { action: "task.list", details: { mine: mine.rows.length, organisation: organisation.rows.length, done: done.length } });
    const shown = new Map<string, { caseId: string; personId: string; ownerOrgId: string }>();
    for (const r of [...mine.rows, ...organisation.rows, ...done]) {
      if (r.caseId && r.personId && r.personOwnerOrgId) shown.set(r.caseId, { caseId: r.caseId, personId: r.personId, ownerOrgId: r.personOwnerOrgId });
    }
    await discloseListedStamdata(db, ctx, [...shown.values()]);
    const dto = ({ personId: _p, personOwnerOrgId: _o, ...r }: TaskSqlRow): TaskRow => ({
      ...r,
      holder: r.ownerUserId === null ? null : r.ownerUserId === ctx.userId ? "ME" : "COLLEAGUE",
    });
    return {
      mine: mine.rows.map(dto),
      mineMore: mine.nextCursor !== null,
      organisation: organisation.rows.map(dto),
      nextCursor: organisation.nextCursor,
      done: done.map(dto),
      colleagues: await assignableColleagues(db, ctx),
    };
  });
}

/**
 * A case's deadlines with their legal references, under the request's scope,
 * and what the organisation may do about its own: register an event that
 * starts a clock, and register a clock met where no other action meets it.
 */
export async function getCaseDeadlines(scope: CaseScope) {
  const { db } = scope;
  const rows = await db.deadline.findMany({
    where: { ...scope.deadlines(), status: { not: "CANCELLED" } },
    orderBy: { dueAt: "asc" },
    select: { id: true, label: true, legalReference: true, kind: true, dueAt: true, metAt: true, status: true, ruleId: true, category: true, orgId: true },
  });
  // Another organisation's deadlines are its records: reading them is a disclosure.
  await scope.disclose(rows.map((d) => ({ recordType: "Deadline", id: d.id, category: d.category, authorOrgId: d.orgId })));
  const org = await scope.ownOrg();
  const canManage = scope.can("deadline:manage");
  const deadlines = rows.map(({ ruleId, category: _c, orgId, status, ...d }) => ({
    ...d,
    /** The button's label when this organisation registers the clock met by hand. */
    metBy: canManage && status === "OPEN" && scope.isOwn(orgId) ? (getRule(ruleId)?.metBy ?? null) : null,
  }));
  const events = canManage ? manualEventsFor(org.type).map((id) => ({ id, label: MANUAL_CASE_EVENTS[id].label })) : [];
  return { deadlines, calendar: org.calendar, events };
}
export type CaseDeadlines = Awaited<ReturnType<typeof getCaseDeadlines>>;
