import "server-only";
import type { MeetingScope } from "@/lib/access/meeting-scope";
import { audit } from "@/lib/audit/write";
import { formatCaseNumber } from "@/lib/cases/case-number";
import type { AgendaPromptKey } from "@/lib/domain/meetings/agenda";
import { orgNames } from "@/lib/orgs/org";

// What a meeting's page shows: time, place, invitees and their answers and
// the change history to every invited organisation; the agenda only where
// the record rule opens it (a MOEDER record of the convener), with one
// Disclosure row per read across the organisation boundary.

export async function getMeetingPage(ms: MeetingScope, now = new Date()) {
  const { db, ctx } = ms.scope;
  const { meeting } = ms;
  const [invitees, changes, agenda, caseRow] = await Promise.all([
    db.meetingInvitee.findMany({
      where: { meetingId: meeting.id },
      orderBy: [{ kind: "asc" }, { name: "asc" }],
      select: { id: true, kind: true, orgId: true, userId: true, name: true, email: true, response: true, proxyName: true, attendance: true },
    }),
    db.meetingChange.findMany({ where: { meetingId: meeting.id }, orderBy: { at: "desc" }, select: { id: true, summary: true, reason: true, byName: true, at: true } }),
    db.meetingAgenda.findFirst({ where: { meetingId: meeting.id, ...ms.scope.meetingRecords() }, select: { meetingId: true, authorOrgId: true, category: true, text: true, prompts: true } }),
    db.caseFile.findFirst({ where: { id: meeting.caseId }, select: { caseNumber: true } }),
  ]);
  const names = await orgNames(db, [meeting.conveningOrgId, ...invitees.flatMap((i) => (i.orgId ? [i.orgId] : []))]);
  if (agenda) await ms.scope.disclose([{ recordType: "MeetingAgenda", id: agenda.meetingId, category: agenda.category, authorOrgId: agenda.authorOrgId }]);
  await audit(db, ctx, { action: "meeting.open", entityType: "Meeting", entityId: meeting.id, caseId: meeting.caseId });
  const mine = invitees.find((i) => i.userId === ctx.userId) ?? null;
  const cancelled = meeting.status === "CANCELLED";
  return {
    meeting,
    caseNumber: caseRow ? formatCaseNumber(caseRow.caseNumber) : "",
    conveningOrgName: names.get(meeting.conveningOrgId) ?? "Organisation",
    invitees: invitees.map((i) => ({ ...i, orgName: i.orgId ? names.get(i.orgId) ?? "Organisation" : null })),
    changes,
    agenda: agenda ? { text: agenda.text, prompts: agenda.prompts as Partial<Record<AgendaPromptKey, string>> } : null,
    // Only the convener knows whether there is an agenda to withhold; others see "not shared" when none is readable.
    agendaWithheld: !agenda && !ms.isConvener,
    isConvener: ms.isConvener,
    myInvitation: mine ? { response: mine.response, proxyName: mine.proxyName } : null,
    canRespond: !!mine && !cancelled && meeting.endsAt > now,
    canManage: ms.isConvener && !cancelled,
    cancelled,
  };
}
export type MeetingPage = Awaited<ReturnType<typeof getMeetingPage>>;
