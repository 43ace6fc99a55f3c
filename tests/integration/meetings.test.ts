// Meetings (issue 10): the familieambulatorium's jordemoder convenes, every
// invited organisation sees time and invitees, only a MOEDER basis opens what
// was said, outsiders and organisations not invited get NotFound and change
// nothing, and the calendar feed lists one user's meetings only.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { withMeetingScope } from "@/lib/access/meeting-scope";
import { NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { withAccess, withAnonymous } from "@/lib/db/with-access";
import { copenhagenDay } from "@/lib/domain/calendar";
import { createFeed, feedMeetings, revokeFeeds } from "@/lib/meetings/calendar-feed";
import { cancelMeeting, moveMeeting } from "@/lib/meetings/change";
import { getMeetingPage } from "@/lib/meetings/meeting-page";
import { getSchedulePage } from "@/lib/meetings/schedule-page";
import { listMyMeetings } from "@/lib/meetings/queries";
import { respondToMeeting } from "@/lib/meetings/respond";
import { scheduleMeeting } from "@/lib/meetings/schedule";
import { scheduleMeetingSchema } from "@/lib/meetings/schemas";
import { checkSlot } from "@/lib/meetings/slot-check";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { act, freshTenant, owner, rawAsRuntime, type Tenant } from "./helpers";

let kommune: Tenant, clinic: Tenant, rusmiddel: Tenant, sundhedspleje: Tenant, psykiatri: Tenant, outsider: Tenant;
let caseId: string;

const inDays = (days: number) => copenhagenDay(new Date(Date.now() + days * 86_400_000));

function input(overrides: Record<string, unknown> = {}) {
  return scheduleMeetingSchema.parse({
    caseId, idempotencyKey: randomUUID(), type: "KOORDINATIONSMOEDE", date: inDays(8), time: "10:00", durationMinutes: 60,
    place: "Familieambulatoriet, lokale 2", agenda: "Status på graviditeten", prompts: { hvorfor: "Plan før fødslen" },
    professionals: [
      { orgId: kommune.org.id, userId: kommune.user.id },
      { orgId: rusmiddel.org.id, userId: rusmiddel.user.id },
      { orgId: sundhedspleje.org.id, userId: sundhedspleje.user.id },
    ],
    citizen: true, partner: false, externals: [{ name: "Egen læge", email: "laege@example.dk" }],
    ...overrides,
  });
}

beforeEach(async () => {
  kommune = await freshTenant("Mødekommune");
  clinic = await freshTenant("Mødeambulatorium", "JORDEMODER", "FAMILIEAMBULATORIUM");
  rusmiddel = await freshTenant("Mødecenter", "BEHANDLER", "RUSMIDDELCENTER");
  sundhedspleje = await freshTenant("Mødepleje", "SUNDHEDSPLEJERSKE", "SUNDHEDSPLEJE");
  psykiatri = await freshTenant("Mødepsykiatri", "LAEGE", "PSYKIATRI");
  outsider = await freshTenant("Fremmed kommune");
  const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Maja", lastName: "Mødesen" });
  caseId = (await createCase(owner(), {
    subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user,
    participants: [
      { orgId: clinic.org.id, roleOnCase: "Familieambulatorium" }, { orgId: rusmiddel.org.id, roleOnCase: "Behandler" },
      { orgId: sundhedspleje.org.id, roleOnCase: "Sundhedspleje" }, { orgId: psykiatri.org.id, roleOnCase: "Psykiatri" },
    ],
  })).id;
});

const schedule = (overrides: Record<string, unknown> = {}) => act(clinic.ctx, scheduleMeeting, input(overrides));
const meetingRow = (id: string) => owner().meeting.findUniqueOrThrow({ where: { id } });

describe("convening", () => {
  it("creates the meeting, its invitees and agenda once, and audits it; a double submit gives the same meeting", async () => {
    const values = input();
    const first = await act(clinic.ctx, scheduleMeeting, values);
    const again = await act(clinic.ctx, scheduleMeeting, values);
    expect(again.id).toBe(first.id);
    expect(await owner().meetingInvitee.count({ where: { meetingId: first.id } })).toBe(5);
    expect(await owner().meetingAgenda.count({ where: { meetingId: first.id } })).toBe(1);
    expect(await owner().auditEvent.count({ where: { entityId: first.id, action: "meeting.schedule" } })).toBe(1);
  });

  it("refuses a meeting in the past, an organisation not on the case and a person from another organisation", async () => {
    await expect(schedule({ date: inDays(-1) })).rejects.toThrow(ValidationError);
    await expect(schedule({ professionals: [{ orgId: outsider.org.id, userId: outsider.user.id }] })).rejects.toThrow(ValidationError);
    await expect(schedule({ professionals: [{ orgId: rusmiddel.org.id, userId: kommune.user.id }] })).rejects.toThrow(ValidationError);
    expect(await owner().meeting.count({ where: { caseId } })).toBe(0);
  });

  it("refuses bad input in the schema: no invitee, http video link, end before start", () => {
    expect(scheduleMeetingSchema.safeParse({ ...input(), professionals: [], externals: [], citizen: false }).success).toBe(false);
    expect(scheduleMeetingSchema.safeParse({ ...input(), videoUrl: "http://video.example.dk/m" }).success).toBe(false);
    expect(scheduleMeetingSchema.safeParse({ ...input(), durationMinutes: 0 }).success).toBe(false);
  });

  it("shows conflicts of the invited and the family's load that week", async () => {
    await schedule();
    const check = await act(clinic.ctx, checkSlot, { caseId, date: inDays(8), time: "10:30", durationMinutes: 60, type: "NETVAERKSMOEDE", userIds: [kommune.user.id, outsider.user.id] });
    expect(check.conflicts.map((c) => c.userId)).toEqual([kommune.user.id]);
    expect(check.load.meetings).toBe(1);
    expect(check.load.professionals).toBe(3);
  });
});

describe("the next meeting", () => {
  it("takes the previous meeting's type and invited people as defaults, only from a meeting the organisation sees", async () => {
    const { id } = await schedule({ type: "NETVAERKSMOEDE", professionals: [{ orgId: rusmiddel.org.id, userId: rusmiddel.user.id }] });
    const page = await getSchedulePage(clinic.ctx, caseId, { after: id });
    if (!page.canConvene) throw new Error("the jordemoder may convene");
    expect(page.prefillType).toBe("NETVAERKSMOEDE");
    expect(Object.fromEntries(page.orgs.map((o) => [o.id, o.defaultUserId]))).toMatchObject({ [rusmiddel.org.id]: rusmiddel.user.id, [kommune.org.id]: "" });
    // Psykiatrien was not invited: the id gives it no defaults.
    const other = await getSchedulePage(psykiatri.ctx, caseId, { after: id });
    if (!other.canConvene) throw new Error("psykiatrien may convene");
    expect(other.prefillType).toBeUndefined();
  });
});

describe("who sees what", () => {
  it("an invited organisation without a MOEDER basis sees time and invitees, not the agenda (app and raw SQL)", async () => {
    const { id } = await schedule();
    const page = await withMeetingScope(rusmiddel.ctx, id, (ms) => getMeetingPage(ms));
    expect(page.invitees).toHaveLength(5);
    expect(page.agenda).toBeNull();
    expect(page.agendaWithheld).toBe(true);
    expect(await rawAsRuntime(rusmiddel.ctx, `SELECT * FROM "MeetingAgenda" WHERE "meetingId" = $1::uuid`, id)).toHaveLength(0);
    expect(await rawAsRuntime(rusmiddel.ctx, `SELECT * FROM "Meeting" WHERE id = $1::uuid`, id)).toHaveLength(1);
  });

  it("with a MOEDER consent the invitee reads the agenda, and each read writes one Disclosure", async () => {
    const { id } = await schedule();
    await owner().sharingBasis.create({
      data: { caseId, recipientOrgId: rusmiddel.org.id, category: "MOEDER", kind: "STATUTORY", statutoryCode: "SUL_43_2", grantedByOrgId: clinic.org.id, grantedByName: "Jordemoder", validFrom: new Date(Date.now() - 1000) },
    });
    const page = await withMeetingScope(rusmiddel.ctx, id, (ms) => getMeetingPage(ms));
    expect(page.agenda?.text).toBe("Status på graviditeten");
    await withMeetingScope(rusmiddel.ctx, id, (ms) => getMeetingPage(ms));
    expect(await owner().disclosure.count({ where: { recordId: id, toOrgId: rusmiddel.org.id, recordType: "MeetingAgenda" } })).toBe(2);
  });

  it("an organisation on the case that was not invited, and an outsider, get NotFound on every meeting route and action, and nothing changes", async () => {
    const { id } = await schedule();
    const before = await meetingRow(id);
    for (const t of [psykiatri, outsider]) {
      await expect(withMeetingScope(t.ctx, id, (ms) => getMeetingPage(ms))).rejects.toThrow(NotFoundError);
      await expect(withMeetingScope(t.ctx, id, (ms) => moveMeeting(ms, { meetingId: id, date: inDays(9), time: "11:00", durationMinutes: 60, place: "X", videoUrl: undefined, reason: "Flyttes" }))).rejects.toThrow(NotFoundError);
      await expect(withMeetingScope(t.ctx, id, (ms) => cancelMeeting(ms, { meetingId: id, reason: "Aflyses" }))).rejects.toThrow(NotFoundError);
      await expect(withMeetingScope(t.ctx, id, (ms) => respondToMeeting(ms, { meetingId: id, response: "DELTAGER", proxyName: undefined }))).rejects.toThrow(NotFoundError);
      expect(await rawAsRuntime(t.ctx, `SELECT * FROM "Meeting" WHERE id = $1::uuid`, id)).toHaveLength(0);
      expect(await rawAsRuntime(t.ctx, `SELECT * FROM "MeetingInvitee" WHERE "meetingId" = $1::uuid`, id)).toHaveLength(0);
    }
    await expect(act(outsider.ctx, scheduleMeeting, input())).rejects.toThrow(NotFoundError);
    await expect(act(outsider.ctx, checkSlot, { caseId, date: inDays(8), time: "10:00", durationMinutes: 60, type: "KOORDINATIONSMOEDE", userIds: [] })).rejects.toThrow(NotFoundError);
    expect(await meetingRow(id)).toEqual(before);
    expect(await owner().meetingInvitee.count({ where: { meetingId: id, response: { not: "AFVENTER" } } })).toBe(0);
  });
});

describe("answering, moving and cancelling", () => {
  it("the invited user answers; only the convener moves (sequence grows, answers reset) and cancels; a cancelled meeting cannot be answered", async () => {
    const { id } = await schedule();
    await withMeetingScope(kommune.ctx, id, (ms) => respondToMeeting(ms, { meetingId: id, response: "STEDFORTRAEDER", proxyName: "Kollega Karen" }));
    expect(await owner().meetingInvitee.findFirst({ where: { meetingId: id, userId: kommune.user.id } })).toMatchObject({ response: "STEDFORTRAEDER", proxyName: "Kollega Karen" });

    await expect(withMeetingScope(kommune.ctx, id, (ms) => cancelMeeting(ms, { meetingId: id, reason: "Ikke min" }))).rejects.toThrow();
    await withMeetingScope(clinic.ctx, id, (ms) => moveMeeting(ms, { meetingId: id, date: inDays(10), time: "13:00", durationMinutes: 90, place: "Rådhuset", videoUrl: undefined, reason: "Lokalet er optaget" }));
    expect((await meetingRow(id)).sequence).toBe(1);
    expect(await owner().meetingInvitee.findFirst({ where: { meetingId: id, userId: kommune.user.id } })).toMatchObject({ response: "AFVENTER" });
    const page = await withMeetingScope(sundhedspleje.ctx, id, (ms) => getMeetingPage(ms));
    expect(page.changes[0]).toMatchObject({ reason: "Lokalet er optaget" });

    await withMeetingScope(clinic.ctx, id, (ms) => cancelMeeting(ms, { meetingId: id, reason: "Borgeren er indlagt" }));
    expect(await meetingRow(id)).toMatchObject({ status: "CANCELLED", sequence: 2 });
    await expect(withMeetingScope(kommune.ctx, id, (ms) => respondToMeeting(ms, { meetingId: id, response: "DELTAGER", proxyName: undefined }))).rejects.toThrow(ValidationError);
    await expect(withMeetingScope(clinic.ctx, id, (ms) => cancelMeeting(ms, { meetingId: id, reason: "Igen" }))).rejects.toThrow(ValidationError);
  });
});

describe("Mine møder and the calendar feed", () => {
  it("lists the user's own invitations; the feed token lists none of another user's meetings; a revoked token gives nothing", async () => {
    const { id } = await schedule();
    const other = await schedule({ professionals: [{ orgId: sundhedspleje.org.id, userId: sundhedspleje.user.id }] });
    expect((await withAccess(kommune.ctx, (db) => listMyMeetings(db, kommune.ctx, new Date()))).map((m) => m.id)).toEqual([id]);

    const { token } = await withAccess(kommune.ctx, (db) => createFeed(db, kommune.ctx));
    const listed = await withAnonymous((db) => feedMeetings(db, token));
    expect(listed?.map((m) => m.id)).toEqual([id]);
    expect(listed?.map((m) => m.id)).not.toContain(other.id);
    expect(Object.keys(listed![0]!).sort()).toEqual(["endsAt", "id", "sequence", "startsAt", "status", "type", "updatedAt"]);

    await withAccess(kommune.ctx, (db) => revokeFeeds(db, kommune.ctx));
    expect(await withAnonymous((db) => feedMeetings(db, token))).toBeNull();
    expect(await withAnonymous((db) => feedMeetings(db, "x".repeat(43)))).toBeNull();
    // Without a session the runtime role reads no meeting rows directly.
    expect(await withAnonymous((db) => db.meeting.count())).toBe(0);
  });
});
