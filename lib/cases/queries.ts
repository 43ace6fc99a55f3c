import "server-only";
import { defaultNoteCategory } from "@/lib/domain/categories";
import type { AccessContext } from "@/lib/access/context";
import type { CaseScope } from "@/lib/access/case-scope";
import { discloseListedStamdata } from "@/lib/access/disclose";
import { ForbiddenError, NotFoundError } from "@/lib/access/errors";
import { caseListPageSql, type CaseListFilter } from "@/lib/access/case-list";
import { can, relationOf, stamdataCaseWhere } from "@/lib/access/policy";
import { audit } from "@/lib/audit/write";
import { withAccess, type Db, type Prisma } from "@/lib/db";
import { normalizeCpr, parseCpr } from "@/lib/domain/cpr";
import { maskedCprFromBirthDate } from "@/lib/format";
import { cprBlindIndex } from "@/lib/persons/cpr-vault";
import { formatCaseNumber, parseCaseNumber } from "./case-number";
import { caseworkerCandidates, caseworkerName } from "./caseworker";
import { decodeCursor, encodeCursor } from "./cursor";
import type { CaseListParams } from "./schemas";
import { orgNames } from "@/lib/orgs/org";
import { drillConditions } from "@/lib/dashboard/drill";
import { DRILL_KEYS, drillIsResponsibleOnly, isDrillDown } from "@/lib/dashboard/drill-params";

export const PAGE_SIZE = 25;

const subjectSelect = {
  id: true, firstName: true, lastName: true, birthDate: true, isUnborn: true, termin: true, ownerOrgId: true,
  cprBlindIndex: true, address: true, description: true,
} satisfies Prisma.PersonSelect;

type Subject = Prisma.PersonGetPayload<{ select: typeof subjectSelect }>;

/**
 * Name and CPR are STAMDATA (ADR 0006): shown to the organisation that
 * registered the person, the responsible organisation, and a participant
 * under a live STAMDATA basis. Others see the case shell only: row-level
 * security does not even return the Person row to them, so the subject is
 * read separately and a missing row means "not shared" (fail closed).
 */
function subjectDto(subjectId: string, subject: Subject | undefined, stamdataShared: boolean) {
  const shared = stamdataShared && !!subject;
  return {
    id: subjectId,
    name: shared ? `${subject.firstName} ${subject.lastName}` : "Navn ikke delt",
    firstName: shared ? subject.firstName : "",
    lastName: shared ? subject.lastName : "",
    stamdataShared: shared,
    isUnborn: shared ? subject.isUnborn : false,
    // "Uden CPR" (ADR 0017): registered without her CPR; an unborn child has none yet, which is not the same.
    withoutCpr: shared && !subject.isUnborn && !subject.cprBlindIndex,
    maskedCpr: shared && subject.cprBlindIndex && subject.birthDate ? maskedCprFromBirthDate(subject.birthDate) : null,
    termin: shared ? subject.termin : null,
    address: shared ? subject.address : null,
    description: shared ? subject.description : null,
  };
}

/** The subjects the organisation may read; row-level security leaves out the rest. */
async function readableSubjects(db: Db, ids: string[]) {
  const persons = await db.person.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { ...subjectSelect, cprCiphertext: true, motherId: true },
  });
  return new Map(persons.map((p) => [p.id, p]));
}

/** Which of the cases' stamdata the organisation sees (see subjectDto). */
async function stamdataSharedCases(db: Db, ctx: AccessContext, rows: { id: string }[]) {
  if (rows.length === 0) return new Set<string>();
  const shared = await db.caseFile.findMany({ where: { id: { in: rows.map((r) => r.id) }, ...stamdataCaseWhere(ctx) }, select: { id: true } });
  return new Set(shared.map((r) => r.id));
}

/** The case list: filters, keyset pagination, and one audit row with the criteria. */
export async function listCases(ctx: AccessContext, params: CaseListParams, now = new Date()) {
  if (!can(ctx, "case:read")) throw new ForbiddenError("case:read");
  let cprInvalid = false;
  let cprIndex: string | undefined;
  if (params.cpr) {
    const parsed = parseCpr(params.cpr);
    cprInvalid = !parsed.ok;
    // Exact match on the blind index: the CPR itself is never compared in SQL.
    cprIndex = parsed.ok ? cprBlindIndex(parsed.cpr) : "-";
  }
  // A sagsnummer identifies the case, not the citizen: every organisation on
  // the case may search by it, stamdata shared or not.
  const caseNumber = params.q ? parseCaseNumber(params.q) : null;
  const words = params.q && caseNumber === null ? params.q.split(/\s+/).filter(Boolean).slice(0, 4) : [];
  const filter: CaseListFilter = {
    stage: params.stage,
    words,
    caseNumber: caseNumber ?? undefined,
    caseworkerUserId: params.mine ? ctx.userId : params.unassigned ? null : params.caseworker,
    responsibleOnly: params.responsible === "1" || drillIsResponsibleOnly(params),
    narrow: drillConditions(ctx, params, now),
    cprBlindIndex: cprIndex,
    // Searching by name or CPR only matches cases whose stamdata the searcher
    // may see: otherwise a hit would reveal the hidden name (ADR 0006).
    stamdataOnly: words.length > 0 || !!params.cpr,
    after: decodeCursor(params.cursor),
  };
  const cursor = filter.after;

  return withAccess(ctx, async (db) => {
    const ids = (await db.$queryRaw<{ id: string }[]>(caseListPageSql(ctx, filter, PAGE_SIZE + 1, now))).map((r) => r.id);
    const found = await db.caseFile.findMany({
      where: { id: { in: ids } },
      select: {
        id: true, caseNumber: true, kind: true, stage: true, termin: true, updatedAt: true, responsibleOrgId: true, closedAt: true, subjectId: true,
      },
    });
    const byId = new Map(found.map((row) => [row.id, row]));
    const rows = ids.flatMap((id) => byId.get(id) ?? []);
    await audit(db, ctx, {
      action: "case.search",
      details: {
        stage: params.stage ?? null,
        q: params.q ?? null,
        // The criterion is logged as the CPR's masked form: the log must not become a CPR store.
        cpr: params.cpr ? `${normalizeCpr(params.cpr).slice(0, 6)}-XXXX` : null,
        // The overview's drill-down, if any: which figure's cases were listed.
        ...(isDrillDown(params) ? { drillDown: Object.fromEntries(DRILL_KEYS.flatMap((k) => (params[k] ? [[k, params[k]]] : []))) } : {}),
        caseworker: params.caseworker ?? null,
        page: cursor ? "next" : "first",
        results: Math.min(rows.length, PAGE_SIZE),
      },
    });
    const page = rows.slice(0, PAGE_SIZE);
    const names = await orgNames(db, page.map((r) => r.responsibleOrgId));
    const subjects = await readableSubjects(db, page.map((r) => r.subjectId));
    const stamdata = await stamdataSharedCases(db, ctx, page);
    // A name shown is a disclosure of another organisation's stamdata (ADR 0009).
    await discloseListedStamdata(db, ctx, page.flatMap((row) => {
      const subject = subjects.get(row.subjectId);
      return subject && stamdata.has(row.id) ? [{ caseId: row.id, personId: subject.id, ownerOrgId: subject.ownerOrgId }] : [];
    }));
    const last = page.at(-1);
    return {
      cprInvalid,
      nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor(last) : null,
      cases: page.map((row) => ({
        id: row.id,
        caseNumber: formatCaseNumber(row.caseNumber),
        kind: row.kind,
        stage: row.stage,
        termin: row.termin,
        updatedAt: row.updatedAt,
        subject: subjectDto(row.subjectId, subjects.get(row.subjectId), stamdata.has(row.id)),
        responsibleOrgName: names.get(row.responsibleOrgId) ?? "",
        isResponsible: relationOf(ctx, row) === "RESPONSIBLE",
      })),
    };
  });
}

/** One case for its page, under the request's scope. Audited as case.open; cross-organisation reads disclosed. */
export async function getCase(scope: CaseScope) {
  const { db, ctx, caseId } = scope;
  const row = await db.caseFile.findFirstOrThrow({
    where: { id: caseId },
    select: {
      createdAt: true, termin: true, caseNumber: true, caseworkerUserId: true,
      // In the same statement: the stamdata history is read only when there is one (ADR 0017).
      _count: { select: { stamdataChanges: true } },
      childCases: { select: { id: true } },
      transitions: { orderBy: { at: "desc" }, select: { id: true, fromStage: true, toStage: true, reason: true, byName: true, at: true, orgId: true } },
      participants: {
        where: { until: null },
        orderBy: { since: "asc" },
        select: { id: true, orgId: true, roleOnCase: true, contactName: true, contactPhone: true, contactEmail: true, emergencyContact: true, since: true },
      },
    },
  });
  const notes = await db.note.findMany({
    where: scope.notes(),
    orderBy: { createdAt: "desc" },
    select: {
      id: true, category: true, text: true, authorName: true, authorOrgId: true, createdAt: true,
      amendment: { select: { kind: true, reason: true, byName: true, at: true } },
      replaces: { select: { noteId: true } },
    },
  });
  await audit(db, ctx, { action: "case.open", entityType: "CaseFile", entityId: caseId, caseId, personId: scope.subjectId });
  const person = scope.stamdataShared ? (await readableSubjects(db, [scope.subjectId])).get(scope.subjectId) : undefined;
  const stamdataShared = !!person;
  const mother = person?.motherId ? (await readableSubjects(db, [person.motherId])).get(person.motherId) : undefined;
  // Every record read across an organisation boundary is logged (ADR 0006).
  await scope.disclose([
    ...notes.map((n) => ({ recordType: "Note", id: n.id, category: n.category, authorOrgId: n.authorOrgId })),
    ...(person ? [{ recordType: "Person", id: person.id, category: "STAMDATA" as const, authorOrgId: person.ownerOrgId }] : []),
  ]);

  const names = await orgNames(db, [
    scope.responsibleOrgId, ...row.participants.map((p) => p.orgId), ...notes.map((n) => n.authorOrgId),
    ...row.transitions.map((t) => t.orgId),
  ]);
  const cprCiphertext = person?.cprCiphertext ?? null;
  const candidates = scope.can("case:assign-caseworker") ? await caseworkerCandidates(scope) : [];
  // The caseworker is usually one of the candidates: no second look-up then.
  const caseworker = row.caseworkerUserId
    ? (candidates.find((c) => c.id === row.caseworkerUserId)?.name ?? (await caseworkerName(db, row.caseworkerUserId)))
    : null;
  return {
    id: caseId,
    caseNumber: formatCaseNumber(row.caseNumber),
    caseworker: { id: row.caseworkerUserId, name: caseworker },
    caseworkerCandidates: candidates,
    kind: scope.kind,
    stage: scope.stage,
    termin: row.termin,
    createdAt: row.createdAt,
    closedAt: scope.closedAt,
    motherCaseId: scope.motherCaseId,
    childCaseIds: row.childCases.map((c) => c.id),
    hasStamdataHistory: row._count.stamdataChanges > 0,
    subject: {
      ...subjectDto(scope.subjectId, person, stamdataShared),
      hasCpr: !!cprCiphertext,
      motherName: mother ? `${mother.firstName} ${mother.lastName}` : null,
    },
    responsibleOrg: { id: scope.responsibleOrgId, name: names.get(scope.responsibleOrgId) ?? "" },
    isResponsible: scope.isResponsible,
    // The same rules the actions enforce (scope.require), so the buttons cannot drift from them.
    noteCategory: defaultNoteCategory(scope.ctx.role),
    permissions: {
      changeStage: scope.can("case:change-stage"),
      addNote: scope.can("note:create"),
      revealCpr: !!cprCiphertext && scope.can("cpr:reveal"),
      readAudit: scope.can("audit:read-case"),
      registerBirth: scope.can("case:register-birth"),
      assignCaseworker: scope.can("case:assign-caseworker"),
    },
    transitions: row.transitions.map((t) => ({ ...t, orgName: names.get(t.orgId) ?? "" })),
    participants: row.participants.map((p) => ({ ...p, orgName: names.get(p.orgId) ?? "" })),
    notes: notes.map((n) => ({
      ...n, authorOrgName: names.get(n.authorOrgId) ?? "", isOwn: scope.isOwn(n.authorOrgId),
      canAmend: !n.amendment && scope.can("note:amend", { ownerOrgId: n.authorOrgId }),
    })),
  };
}
export type CaseView = Awaited<ReturnType<typeof getCase>>;


/** "Hvem har set sagen": only for the responsible organisation; others get NotFoundError. */
export async function getCaseAudit(scope: CaseScope) {
  if (!scope.can("audit:read-case")) throw new NotFoundError("case");
  const events = await scope.db.auditEvent.findMany({
    where: { caseId: scope.caseId },
    orderBy: { at: "desc" },
    take: 200,
    select: { id: true, at: true, action: true, actorName: true, orgName: true },
  });
  return events.map((e) => ({ ...e, id: e.id.toString() }));
}
