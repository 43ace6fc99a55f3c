import "server-only";
import { withAccess } from "@/lib/db/with-access";
import type { CaseKind, Db, Prisma, Stage } from "@/lib/db/types";
import { ValidationError } from "@/lib/actions/result";
import { decideCaseAction, type CaseAction, type CaseFacts, type CaseRelation } from "./case-permissions";
import type { AccessContext } from "./context";
import { grantSelect, writeDisclosures, type Grant, type ReadRecord } from "./disclose";
import { ForbiddenError, NotFoundError } from "./errors";
import { caseWhere, caseWriteWhere, liveBasisWhere } from "./policy";
import { reportTriageWhere } from "./reports";
import { hasPermission } from "./roles";
import { ownOrg as readOwnOrg, type OwnOrg } from "@/lib/orgs/org";
import { ownMembers, withPermission, type Member } from "@/lib/orgs/colleagues";
import type { Permission } from "./roles";

// THE way into one case (ADR 0009). openCaseScope reads the case once (an
// outsider gets NotFoundError here and nowhere else), loads the acting
// organisation's live grants once, and answers every later question about
// the organisation's relation to the case: what it may do (can/require),
// which of the case's records it may read (the where-builders) and how its
// reads are logged (disclose). Loaders and actions take the scope; nothing
// outside lib/access compares organisation ids.

export type CaseScope = {
  readonly db: Db;
  readonly ctx: AccessContext;
  readonly caseId: string;
  readonly relation: CaseRelation;
  readonly isResponsible: boolean;
  readonly kind: CaseKind;
  readonly stage: Stage;
  readonly closedAt: Date | null;
  readonly subjectId: string;
  readonly motherCaseId: string | null;
  /** The case this one was merged into (ADR 0017), if it was. */
  readonly mergedIntoCaseId: string | null;
  readonly responsibleOrgId: string;
  readonly coordinatorOrgId: string | null;
  /** Current participants (not the responsible organisation), oldest first. */
  readonly participants: readonly { orgId: string; roleOnCase: string }[];
  /** Whether the organisation sees the subject's name and CPR (ADR 0006). */
  readonly stamdataShared: boolean;
  /** The organisation's live sharing bases on the case, loaded once. */
  readonly grants: readonly Grant[];

  can(action: CaseAction, record?: { ownerOrgId: string }): boolean;
  /** Throws unless `can`: ForbiddenError, or ValidationError with the reason when the case's state blocks it. */
  require(action: CaseAction, record?: { ownerOrgId: string }): void;
  /** The record was written (is owned) by the acting organisation. */
  isOwn(ownerOrgId: string): boolean;
  /** The organisation is responsible for or takes part in the case. */
  isOnCase(orgId: string): boolean;
  isResponsibleOrg(orgId: string): boolean;
  isCoordinatorOrg(orgId: string): boolean;

  // Where-builders per record kind: the case's records the organisation may
  // read. Plans add theirs here.
  notes(): Prisma.NoteWhereInput;
  /** Meetings the organisation convened or is invited to (time, place, invitees: ADR 0024). */
  meetings(): Prisma.MeetingWhereInput;
  /** What was said at meetings (agenda, referat, addenda): MOEDER records under the record rule. */
  meetingRecords(): { caseId: string; OR: Record<string, unknown>[] };
  deadlines(): Prisma.DeadlineWhereInput;
  /** Plans (kind, owner): the owner's, those a PLAN grant opens, and those with interventions the organisation is responsible for (ADR 0027). */
  plans(): Prisma.PlanWhereInput;
  /** Plan versions: the owner's drafts and approved versions; others' approved versions under a PLAN grant. */
  planVersions(): Prisma.PlanVersionWhereInput;
  /** Goals (and contacts: planRecords) of a version: the owner's, approved ones under a PLAN grant, or those the organisation's interventions serve. */
  planGoals(servedKeys?: readonly string[]): Prisma.PlanGoalWhereInput;
  planContacts(): Prisma.PlanContactWhereInput;
  /** Interventions: the author's and the responsible organisation's; approved ones under a grant for their category from the responsible organisation. */
  planInterventions(): Prisma.PlanInterventionWhereInput;
  /** Progress on interventions: the recording organisation's, others' under a grant for its category. */
  planProgress(): Prisma.PlanInterventionProgressWhereInput;
  /** The case's underretninger the organisation received (only the receiving organisation reads a report: lib/access/reports.ts). */
  reports(): Prisma.ConcernReportWhereInput;
  consents(): Prisma.ConsentWhereInput;
  sharingBases(): Prisma.SharingBasisWhereInput;
  disclosures(): Prisma.DisclosureWhereInput;
  /** The caller's own child cases of this (mother's) case. */
  ownChildCases(): Prisma.CaseFileWhereInput;
  /** The acting organisation's own current participation row on the case (none for the responsible organisation). */
  ownParticipation(): Prisma.CaseParticipantWhereInput;
  /** The case row, for writes only the responsible organisation may make. */
  writableCase(): Prisma.CaseFileWhereInput;

  /** Logs the records read across an organisation boundary, citing the basis that opened each. */
  disclose(records: readonly ReadRecord[]): Promise<number>;
  /** The acting organisation's type, calendar and agreement: read once per scope, however many loaders ask. */
  ownOrg(): Promise<OwnOrg>;
  /** The acting organisation's members whose role has `permission`: its members read once per scope, however many lists ask. */
  colleagues(permission: Permission): Promise<{ id: string; name: string }[]>;
};

const scopeSelect = {
  id: true, kind: true, stage: true, closedAt: true, subjectId: true, motherCaseId: true, mergedIntoCaseId: true,
  responsibleOrgId: true, coordinatorOrgId: true,
  participants: { where: { until: null }, orderBy: { since: "asc" }, select: { orgId: true, roleOnCase: true } },
} satisfies Prisma.CaseFileSelect;

/**
 * The record rule (ADR 0006): the author organisation reads its own; another
 * organisation reads a record under a live grant for its category. A consent
 * opens the category whoever wrote it; a statutory or meeting basis opens
 * only the granting organisation's own records (the data holder decides).
 */
function recordOr<F extends string>(ctx: AccessContext, grants: readonly Grant[], authorField: F) {
  return [{ [authorField]: ctx.orgId }, ...grantOr(grants, authorField)] as Record<string, unknown>[];
}

/** The record rule's second half: another organisation's records a live grant opens. */
function grantOr<F extends string>(grants: readonly Grant[], authorField: F, category?: string) {
  return grants
    .filter((g) => !category || g.category === category)
    .map((g) => (g.kind === "CONSENT" ? { category: g.category } : { category: g.category, [authorField]: g.grantedByOrgId })) as Record<string, unknown>[];
}

/** Opens the case for the acting organisation, or throws NotFoundError (outsiders, and roles that read no cases). */
export async function openCaseScope(db: Db, ctx: AccessContext, caseId: string, now = new Date()): Promise<CaseScope> {
  if (!hasPermission(ctx.role, "case:read")) throw new NotFoundError("case");
  const row = await db.caseFile.findFirst({ where: { id: caseId, ...caseWhere(ctx) }, select: scopeSelect });
  if (!row) throw new NotFoundError("case");
  const grants = await db.sharingBasis.findMany({
    where: { caseId, ...liveBasisWhere(ctx, undefined, now) },
    orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
    select: grantSelect,
  });
  const relation: CaseRelation = row.responsibleOrgId === ctx.orgId ? "RESPONSIBLE" : "PARTICIPANT";
  const stamdataShared = relation === "RESPONSIBLE" || grants.some((g) => g.category === "STAMDATA")
    || (await db.person.count({ where: { id: row.subjectId, ownerOrgId: ctx.orgId } })) > 0;
  const facts: CaseFacts = { relation, kind: row.kind, closed: !!row.closedAt, stamdataShared, coordinator: row.coordinatorOrgId === ctx.orgId };
  const participants = row.participants.filter((p) => p.orgId !== row.responsibleOrgId);
  const onCase = new Set([row.responsibleOrgId, ...participants.map((p) => p.orgId)]);
  const isResponsible = relation === "RESPONSIBLE";

  const decide = (action: CaseAction, record?: { ownerOrgId: string }) =>
    decideCaseAction(ctx.role, facts, action, record && { ownedByActingOrg: record.ownerOrgId === ctx.orgId });

  let own: Promise<OwnOrg> | undefined;
  let members: Promise<Member[]> | undefined;
  return {
    db, ctx, caseId: row.id, relation, isResponsible, kind: row.kind, stage: row.stage, closedAt: row.closedAt,
    subjectId: row.subjectId, motherCaseId: row.motherCaseId, mergedIntoCaseId: row.mergedIntoCaseId, responsibleOrgId: row.responsibleOrgId,
    coordinatorOrgId: row.coordinatorOrgId, participants, stamdataShared, grants,
    can: (action, record) => decide(action, record).allowed,
    require(action, record) {
      const decision = decide(action, record);
      if (decision.allowed) return;
      throw decision.blocked ? new ValidationError(decision.blocked) : new ForbiddenError(action);
    },
    isOwn: (ownerOrgId) => ownerOrgId === ctx.orgId,
    isOnCase: (orgId) => onCase.has(orgId),
    isResponsibleOrg: (orgId) => orgId === row.responsibleOrgId,
    isCoordinatorOrg: (orgId) => orgId === row.coordinatorOrgId,
    notes: () => ({ caseId: row.id, OR: recordOr(ctx, grants, "authorOrgId") }),
    meetings: () => ({ caseId: row.id, OR: [{ conveningOrgId: ctx.orgId }, { invitees: { some: { orgId: ctx.orgId } } }] }),
    meetingRecords: () => ({ caseId: row.id, OR: recordOr(ctx, grants, "authorOrgId") }),
    deadlines: () => ({ caseId: row.id, OR: recordOr(ctx, grants, "orgId") }),
    plans: () => ({
      caseId: row.id,
      OR: [...recordOr(ctx, grants.filter((g) => g.category === "PLAN"), "ownerOrgId"), { interventions: { some: { responsibleOrgId: ctx.orgId } } }],
    }),
    planVersions: () => ({ caseId: row.id, OR: [{ ownerOrgId: ctx.orgId }, { status: "GODKENDT", OR: grantOr(grants, "ownerOrgId", "PLAN") }] }),
    planGoals: (servedKeys = []) => ({
      caseId: row.id,
      OR: [
        { ownerOrgId: ctx.orgId },
        { approved: true, OR: [...grantOr(grants, "ownerOrgId", "PLAN"), ...(servedKeys.length ? [{ key: { in: [...servedKeys] } }] : [])] },
      ],
    }),
    planContacts: () => ({ caseId: row.id, OR: [{ ownerOrgId: ctx.orgId }, { approved: true, OR: grantOr(grants, "ownerOrgId", "PLAN") }] }),
    planInterventions: () => ({
      caseId: row.id,
      OR: [{ authorOrgId: ctx.orgId }, { responsibleOrgId: ctx.orgId }, { approved: true, OR: grantOr(grants, "responsibleOrgId") }],
    }),
    planProgress: () => ({ caseId: row.id, OR: recordOr(ctx, grants, "authorOrgId") }),
    reports: () => ({ caseId: row.id, ...reportTriageWhere(ctx) }),
    // A participant sees the consents that open something to it, and the
    // bases it receives or grants: not the whole network's (purposes can be sensitive).
    // A recorder sees what it recorded (ADR 0025).
    consents: () => (isResponsible
      ? { caseId: row.id }
      : { caseId: row.id, OR: [{ recordedByOrgId: ctx.orgId }, { bases: { some: { recipientOrgId: ctx.orgId } } }] }),
    sharingBases: () => (isResponsible
      ? { caseId: row.id }
      : { caseId: row.id, OR: [{ recipientOrgId: ctx.orgId }, { grantedByOrgId: ctx.orgId }] }),
    // The responsible organisation's log is the whole case's; an author organisation's is its own records'.
    disclosures: () => (isResponsible ? { caseId: row.id } : { caseId: row.id, fromOrgId: ctx.orgId }),
    ownChildCases: () => ({ motherCaseId: row.id, kind: "BARN", ...caseWriteWhere(ctx), subject: { ownerOrgId: ctx.orgId } }),
    writableCase: () => ({ id: row.id, ...caseWriteWhere(ctx) }),
    ownParticipation: () => ({ caseId: row.id, orgId: ctx.orgId, until: null }),
    disclose: (records) => writeDisclosures(db, ctx, row.id, grants, records),
    ownOrg: () => (own ??= readOwnOrg(db, ctx)),
    colleagues: async (permission) => withPermission(await (members ??= ownMembers(db, ctx)), permission),
  };
}

/** One request's transaction with the case's scope: what server actions and route handlers use. */
export function withCaseScope<T>(ctx: AccessContext, caseId: string, fn: (scope: CaseScope) => Promise<T>): Promise<T> {
  return withAccess(ctx, async (db) => fn(await openCaseScope(db, ctx, caseId)));
}
