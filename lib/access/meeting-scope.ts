import "server-only";
import { withAccess } from "@/lib/db/with-access";
import type { Db, MeetingStatus, MeetingType } from "@/lib/db/types";
import { ValidationError } from "@/lib/actions/result";
import { openCaseScope, type CaseScope } from "./case-scope";
import type { AccessContext } from "./context";
import { openingGrant } from "./disclose";
import { NotFoundError } from "./errors";
import { requireCaseReader } from "./policy";

// The way into one meeting (ADR 0024), on top of its case's scope: the
// meeting is read through the organisation's meeting rule (convener or
// invitee), so an outsider, or an organisation on the case that was not
// invited, gets NotFoundError here and nowhere else.

export type MeetingRow = {
  id: string; caseId: string; conveningOrgId: string; type: MeetingType; status: MeetingStatus;
  startsAt: Date; endsAt: Date; place: string | null; videoUrl: string | null; sequence: number; updatedAt: Date;
  cancelledAt: Date | null; cancelReason: string | null; createdByName: string;
};

export type MeetingScope = {
  readonly scope: CaseScope;
  readonly meeting: MeetingRow;
  /** The acting organisation convened the meeting: it moves, cancels and minutes it. */
  readonly isConvener: boolean;
  /**
   * What is said at the meeting (agenda, referat: the convener's MOEDER
   * records) is open to the acting organisation: it convened, or a live
   * basis opens the convener's MOEDER records to it (the record rule).
   */
  readonly recordsOpen: boolean;
  /** Throws unless the acting organisation may manage (move, cancel, minute) the meeting now. */
  requireManage(): void;
};

const meetingSelect = {
  id: true, caseId: true, conveningOrgId: true, type: true, status: true, startsAt: true, endsAt: true, place: true,
  videoUrl: true, sequence: true, updatedAt: true, cancelledAt: true, cancelReason: true, createdByName: true,
} as const;

export async function openMeetingScope(db: Db, ctx: AccessContext, meetingId: string): Promise<MeetingScope> {
  requireCaseReader(ctx);
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, OR: [{ conveningOrgId: ctx.orgId }, { invitees: { some: { orgId: ctx.orgId } } }] },
    select: meetingSelect,
  });
  if (!meeting) throw new NotFoundError("meeting");
  const scope = await openCaseScope(db, ctx, meeting.caseId).catch((error: unknown) => {
    // Invited once, no longer on the case: the meeting is gone for it too.
    throw error instanceof NotFoundError ? new NotFoundError("meeting") : error;
  });
  const owner = { ownerOrgId: meeting.conveningOrgId };
  const recordsOpen = scope.isOwn(meeting.conveningOrgId)
    || !!openingGrant(scope.grants, { recordType: "MeetingMinutes", id: meeting.id, category: "MOEDER", authorOrgId: meeting.conveningOrgId });
  return {
    scope, meeting, isConvener: scope.can("meeting:manage", owner), recordsOpen,
    requireManage() {
      scope.require("meeting:manage", owner);
      if (meeting.status === "CANCELLED") throw new ValidationError("Mødet er aflyst");
    },
  };
}

export function withMeetingScope<T>(ctx: AccessContext, meetingId: string, fn: (scope: MeetingScope) => Promise<T>): Promise<T> {
  return withAccess(ctx, async (db) => fn(await openMeetingScope(db, ctx, meetingId)));
}
