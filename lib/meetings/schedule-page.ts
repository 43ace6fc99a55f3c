import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { withCaseScope } from "@/lib/access/case-scope";
import { formatCaseNumber } from "@/lib/cases/case-number";
import type { MeetingType } from "@/lib/domain/meetings/types";
import { caseOrgsAndPeople, moederCoverage } from "./case-people";

// What the scheduling form needs, in one transaction under the case scope:
// the organisations on the case and their people, whether the convener's
// MOEDER records are open to each, who to invite by default (the
// organisation's contact person on the case, the responsible organisation's
// caseworker, the convener herself) and the convener's samarbejdsaftale.

/**
 * `prefill.after`: the meeting this one follows ("Planlæg næste møde" on a
 * referat): its type and its invited people are the defaults. Read through
 * the organisation's meeting rule, so a meeting it may not see changes nothing.
 */
export async function getSchedulePage(ctx: AccessContext, caseId: string, prefill: { type?: MeetingType; after?: string } = {}) {
  return withCaseScope(ctx, caseId, async (scope) => {
    const { db } = scope;
    const canConvene = scope.can("meeting:convene");
    const caseRow = await db.caseFile.findFirst({ where: { id: caseId }, select: { caseNumber: true, termin: true, caseworkerUserId: true } });
    if (!canConvene) return { canConvene, caseId, caseNumber: formatCaseNumber(caseRow?.caseNumber ?? 0) } as const;
    const [{ orgs, people }, coverage, contacts, own, previous] = await Promise.all([
      caseOrgsAndPeople(scope),
      moederCoverage(scope),
      db.caseParticipant.findMany({ where: { caseId, until: null }, select: { orgId: true, contactName: true } }),
      scope.ownOrg(),
      prefill.after
        ? db.meeting.findFirst({
          where: { id: prefill.after, ...scope.meetings() },
          // The referat's "næste møde" date where the record rule lets the reader see it.
          select: {
            type: true, invitees: { where: { kind: "PROFESSIONAL" }, select: { orgId: true, userId: true } },
            minutes: { select: { nextMeetingOn: true } },
          },
        })
        : null,
    ]);
    const invitedBefore = new Map((previous?.invitees ?? []).map((i) => [i.orgId, i.userId]));
    const contactOf = new Map(contacts.map((c) => [c.orgId, c.contactName?.trim().toLowerCase()]));
    const defaultPerson = (orgId: string): string => {
      if (previous) return invitedBefore.get(orgId) ?? "";
      if (scope.isOwn(orgId)) return ctx.userId;
      const named = people.find((p) => p.orgId === orgId && p.name.toLowerCase() === contactOf.get(orgId));
      if (named) return named.userId;
      if (scope.isResponsibleOrg(orgId) && caseRow?.caseworkerUserId) return caseRow.caseworkerUserId;
      return "";
    };
    return {
      canConvene, caseId, caseNumber: formatCaseNumber(caseRow?.caseNumber ?? 0), caseKind: scope.kind,
      termin: caseRow?.termin ?? null,
      orgs: orgs.map((o) => ({ ...o, covered: o.isOwn ? true : coverage.get(o.id) ?? false, defaultUserId: defaultPerson(o.id) })),
      people: people.map(({ userId, name, orgId }) => ({ userId, name, orgId })),
      agreement: own.agreement,
      prefillType: prefill.type ?? previous?.type,
      prefillDate: previous?.minutes?.nextMeetingOn?.toISOString().slice(0, 10),
    } as const;
  });
}
export type SchedulePage = Extract<Awaited<ReturnType<typeof getSchedulePage>>, { canConvene: true }>;
