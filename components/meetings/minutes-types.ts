// What the meeting page passes the referat section (issue 10 item 7): the
// invitees and the case's organisations and professionals
// (lib/meetings/case-people.ts caseOrgsAndPeople).
export type MinutesInvitee = { id: string; name: string; kind: "PROFESSIONAL" | "CITIZEN" | "PARTNER" | "EXTERNAL" };
export type MinutesOrg = { id: string; name: string };
export type MinutesPerson = { userId: string; name: string; orgId: string };
