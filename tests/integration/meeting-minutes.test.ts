// The referat (issue 10 items 7-8, ADR 0025) on real PostgreSQL as the
// runtime role: an invited organisation without a MOEDER basis sees the
// meeting and its invitees but no agenda or referat (app query and raw SQL);
// the consent at the meeting's start opens it, and each read is disclosed;
// approval turns actions into tasks once; an approved referat cannot be
// changed; outsiders get NotFound and change nothing.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/access/errors";
import { withMeetingScope, type MeetingScope } from "@/lib/access/meeting-scope";
import { ValidationError } from "@/lib/actions/result";
import { recordConsent } from "@/lib/consents/actions";
import { getSharing } from "@/lib/consents/queries";
import { todayIso } from "@/lib/consents/rules";
import { copenhagenDay, shiftDay } from "@/lib/domain/calendar";
import { withAccess } from "@/lib/db/with-access";
import { dottedDay } from "@/lib/meetings/minutes/labels";
import { addAddendum, approveMinutes, saveMinutes } from "@/lib/meetings/minutes/actions";
import { getMinutesView } from "@/lib/meetings/minutes/queries";
import { saveMinutesSchema, type SaveMinutesInput } from "@/lib/meetings/minutes/schemas";
import { listTasks } from "@/lib/tasks/queries";
import { WRITTEN_CONSENT_BY_MOTHER } from "@/tests/fixtures/consents";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { act, freshTenant, inCase, owner, rawAsRuntime, type Tenant } from "./helpers";

let kommune: Tenant; // responsible, not invited
let ambulatorium: Tenant; // the convener (a participant)
let rusmiddel: Tenant; // invited, covered by the consent at the start
let sundhedspleje: Tenant; // invited, no basis
let outsider: Tenant;
let caseId: string;
let meetingId: string;
let minutesId: string;
let invitees: { id: string; name: string }[];

const HOUR = 3_600_000;

async function createMeeting(startsAt: Date, status: "PLANNED" | "CANCELLED" = "PLANNED") {
  const meeting = await owner().meeting.create({
    data: {
      caseId, conveningOrgId: ambulatorium.org.id, type: "KOORDINATIONSMOEDE", startsAt, endsAt: new Date(startsAt.getTime() + HOUR),
      status, idempotencyKey: randomUUID(), createdByUserId: ambulatorium.user.id, createdByName: ambulatorium.user.name,
    },
  });
  for (const t of [ambulatorium, rusmiddel, sundhedspleje]) {
    await owner().meetingInvitee.create({
      data: { meetingId: meeting.id, caseId, kind: "PROFESSIONAL", orgId: t.org.id, userId: t.user.id, name: t.user.name },
    });
  }
  await owner().meetingInvitee.create({ data: { meetingId: meeting.id, caseId, kind: "CITIZEN", name: "Mette Testesen" } });
  return meeting.id;
}

const inMeeting = <T>(t: Tenant, fn: (ms: MeetingScope) => Promise<T>, id = meetingId) => withMeetingScope(t.ctx, id, fn);

function draft(over: Partial<SaveMinutesInput> = {}) {
  return saveMinutesSchema.parse({
    meetingId,
    problem: "Kvinden er gravid i uge 20 og i behandling for rusmiddelbrug.",
    conclusion: "Forløbet koordineres mellem familieambulatoriet og rusmiddelcentret.",
    plan: "Ugentlige samtaler; sundhedsplejen kontaktes før fødslen.",
    roles: "Familieambulatoriet er tovholder.",
    actions: [
      { title: "Book samtale i rusmiddelcentret", ownerOrgId: rusmiddel.org.id, ownerUserId: rusmiddel.user.id, dueOn: shiftDay(todayIso(), 7) },
      { title: "Send status til kommunen", ownerOrgId: kommune.org.id, ownerUserId: "", dueOn: shiftDay(todayIso(), 14) },
    ],
    nextMeetingOn: shiftDay(todayIso(), 28),
    attendance: invitees.map((i, n) => ({ inviteeId: i.id, attendance: n === 2 ? "UDEBLEVET" : "MOEDT" })),
    consentAtStart: { obtained: true, givenBy: "MOTHER", givenByName: "Mette Testesen", recipientOrgIds: [rusmiddel.org.id], categories: ["MOEDER"] },
    ...over,
  });
}

const rawCount = async (t: Tenant, table: string, column = "meetingId", id = meetingId) =>
  (await rawAsRuntime<{ n: number }>(t.ctx, `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" = $1::uuid`, id))[0]!.n;

async function snapshot() {
  const [minutes, addenda, tasks, consents, bases, attendance] = await Promise.all([
    owner().meetingMinutes.findMany({ where: { caseId }, orderBy: { id: "asc" } }),
    owner().meetingMinutesAddendum.count({ where: { caseId } }),
    owner().task.count({ where: { caseId } }),
    owner().consent.count({ where: { caseId } }),
    owner().sharingBasis.count({ where: { caseId } }),
    owner().meetingInvitee.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { id: true, attendance: true } }),
  ]);
  return { minutes, addenda, tasks, consents, bases, attendance };
}

beforeAll(async () => {
  [kommune, ambulatorium, rusmiddel, sundhedspleje, outsider] = await Promise.all([
    freshTenant("Kommune"), freshTenant("Familieambulatorium", "JORDEMODER", "FAMILIEAMBULATORIUM"),
    freshTenant("Rusmiddelcenter", "BEHANDLER", "RUSMIDDELCENTER"), freshTenant("Sundhedspleje", "SUNDHEDSPLEJERSKE", "SUNDHEDSPLEJE"),
    freshTenant("Udenfor"),
  ]);
  const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Mette", lastName: "Testesen", cpr: "0101901234" });
  caseId = (await createCase(owner(), {
    subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user,
    participants: [
      { orgId: ambulatorium.org.id, roleOnCase: "Familieambulatorium" }, { orgId: rusmiddel.org.id, roleOnCase: "Rusmiddelcenter" },
      { orgId: sundhedspleje.org.id, roleOnCase: "Sundhedspleje" },
    ],
  })).id;
  meetingId = await createMeeting(new Date(Date.now() - HOUR));
  await owner().meetingAgenda.create({ data: { meetingId, caseId, authorOrgId: ambulatorium.org.id, text: "Status på forløbet" } });
  invitees = await owner().meetingInvitee.findMany({ where: { meetingId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
});

describe("writing the referat", () => {
  it("refuses bad input and other organisations' owners, and saves nothing", async () => {
    const before = await snapshot();
    const bad = draft({ actions: [{ title: "Noget", ownerOrgId: outsider.org.id, ownerUserId: "", dueOn: todayIso() }] });
    await expect(inMeeting(ambulatorium, (ms) => saveMinutes(ms, bad))).rejects.toMatchObject({
      fieldErrors: { "actions.0.ownerOrgId": ["Vælg en organisation, der deltager i sagen"] },
    });
    const wrongPerson = draft({ actions: [{ title: "Noget", ownerOrgId: kommune.org.id, ownerUserId: rusmiddel.user.id, dueOn: todayIso() }] });
    await expect(inMeeting(ambulatorium, (ms) => saveMinutes(ms, wrongPerson))).rejects.toMatchObject({
      fieldErrors: { "actions.0.ownerUserId": ["Vælg en person fra den ansvarlige organisation"] },
    });
    // An invitee that did not convene may not write it.
    await expect(inMeeting(rusmiddel, (ms) => saveMinutes(ms, draft()))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toEqual(before);
  });

  it("may not start before the meeting, nor on a cancelled meeting", async () => {
    const future = await createMeeting(new Date(Date.now() + 48 * HOUR));
    const cancelled = await createMeeting(new Date(Date.now() - 48 * HOUR), "CANCELLED");
    await expect(inMeeting(ambulatorium, (ms) => saveMinutes(ms, { ...draft(), meetingId: future }), future))
      .rejects.toThrow("Referatet kan først skrives, når mødet er begyndt");
    await expect(inMeeting(ambulatorium, (ms) => saveMinutes(ms, { ...draft(), meetingId: cancelled }), cancelled)).rejects.toThrow("Mødet er aflyst");
    expect(await owner().meetingMinutes.count({ where: { meetingId: { in: [future, cancelled] } } })).toBe(0);
  });

  it("saves a draft with attendance and records the consent at the start through the consent path", async () => {
    minutesId = (await inMeeting(ambulatorium, (ms) => saveMinutes(ms, draft()))).id;
    const minutes = await owner().meetingMinutes.findUniqueOrThrow({ where: { id: minutesId } });
    expect(minutes).toMatchObject({ status: "DRAFT", authorOrgId: ambulatorium.org.id, writtenByName: ambulatorium.user.name });
    const consent = await owner().consent.findUniqueOrThrow({ where: { id: minutes.consentId! }, include: { bases: true } });
    const day = dottedDay(copenhagenDay(new Date(Date.now() - HOUR)));
    expect(consent).toMatchObject({ recordedByOrgId: ambulatorium.org.id, form: "MUNDTLIGT", evidence: `Referat af møde ${day}`, givenByName: "Mette Testesen" });
    expect(consent.bases.map((b) => [b.recipientOrgId, b.category, b.grantedByOrgId])).toEqual([[rusmiddel.org.id, "MOEDER", ambulatorium.org.id]]);
    // Its expiry reminder and audit row come from recordConsent, as in the wizard.
    expect(await owner().task.count({ where: { sourceKind: "CONSENT", sourceId: consent.id } })).toBe(1);
    expect(await owner().auditEvent.count({ where: { caseId, action: "consent.record", entityId: consent.id } })).toBe(1);
    expect(await owner().auditEvent.count({ where: { caseId, action: "meeting.minutes-save" } })).toBe(1);
    const attendance = await owner().meetingInvitee.findMany({ where: { meetingId }, orderBy: { name: "asc" }, select: { attendance: true } });
    expect(attendance.map((a) => a.attendance)).toEqual(["MOEDT", "MOEDT", "UDEBLEVET", "MOEDT"]);

    // Saving again updates the draft and records no second consent.
    await inMeeting(ambulatorium, (ms) => saveMinutes(ms, draft({ plan: "Ny plan" })));
    expect((await owner().meetingMinutes.findUniqueOrThrow({ where: { id: minutesId } })).plan).toBe("Ny plan");
    expect(await owner().consent.count({ where: { caseId } })).toBe(1);
  });

  it("keeps the draft to the convener: the covered invitee reads no row of it yet", async () => {
    const view = await inMeeting(rusmiddel, getMinutesView);
    expect(view).toMatchObject({ shared: true, minutes: null });
    expect(await rawCount(rusmiddel, "MeetingMinutes")).toBe(0);
    await expect(inMeeting(ambulatorium, (ms) => addAddendum(ms, "For tidligt"))).rejects.toThrow("Der kan kun skrives tillæg til et godkendt referat");
  });
});

describe("approving", () => {
  it("creates one task per action for its owner, once", async () => {
    const first = await inMeeting(ambulatorium, approveMinutes);
    expect(first.tasksCreated).toBe(2);
    const tasks = await owner().task.findMany({ where: { sourceKind: "MEETING_ACTION", sourceId: minutesId }, orderBy: { title: "asc" } });
    expect(tasks.map((t) => [t.title, t.orgId, t.ownerUserId, t.category])).toEqual([
      ["Book samtale i rusmiddelcentret", rusmiddel.org.id, rusmiddel.user.id, "MOEDER"],
      ["Send status til kommunen", kommune.org.id, null, "MOEDER"],
    ]);
    const again = await inMeeting(ambulatorium, approveMinutes);
    expect(again.tasksCreated).toBe(0);
    expect(await owner().task.count({ where: { sourceKind: "MEETING_ACTION", sourceId: minutesId } })).toBe(2);
    expect(await owner().auditEvent.count({ where: { caseId, action: "meeting.minutes-approve" } })).toBe(1);
    // "Mine opgaver" of the named person links back to the meeting.
    const mine = (await listTasks(rusmiddel.ctx)).mine.find((t) => t.sourceKind === "MEETING_ACTION");
    expect(mine).toMatchObject({ title: "Book samtale i rusmiddelcentret", meetingId });
    // The kommune was not invited: its task shows, without a link to a meeting it cannot open.
    expect((await listTasks(kommune.ctx)).organisation.find((t) => t.sourceKind === "MEETING_ACTION")).toMatchObject({ meetingId: null });
  });

  it("makes the referat immutable: the action refuses, a raw UPDATE changes nothing, even the owner role is refused", async () => {
    await expect(inMeeting(ambulatorium, (ms) => saveMinutes(ms, draft({ plan: "Efter godkendelse" }))))
      .rejects.toThrow("Referatet er godkendt og kan ikke ændres. Skriv et tillæg i stedet");
    const updated = await withAccess(ambulatorium.ctx, (db) =>
      db.$executeRawUnsafe(`UPDATE "MeetingMinutes" SET plan = 'Ændret' WHERE id = $1::uuid`, minutesId));
    expect(updated).toBe(0);
    await expect(owner().$executeRawUnsafe(`UPDATE "MeetingMinutes" SET plan = 'Ændret' WHERE id = $1::uuid`, minutesId))
      .rejects.toThrow(/approved referat cannot be changed/);
    expect((await owner().meetingMinutes.findUniqueOrThrow({ where: { id: minutesId } })).plan).toBe("Ny plan");
  });
});

describe("who reads the referat", () => {
  it("shows an invited organisation without a MOEDER basis the meeting and invitees, but no agenda or referat", async () => {
    expect(await inMeeting(sundhedspleje, getMinutesView)).toEqual({ shared: false });
    expect(await inMeeting(sundhedspleje, async (ms) => ms.meeting.id)).toBe(meetingId);
    expect(await rawCount(sundhedspleje, "Meeting", "id")).toBe(1);
    expect(await rawCount(sundhedspleje, "MeetingInvitee")).toBe(4);
    expect(await rawCount(sundhedspleje, "MeetingAgenda")).toBe(0);
    expect(await rawCount(sundhedspleje, "MeetingMinutes")).toBe(0);
    expect(await rawCount(sundhedspleje, "MeetingMinutesAddendum", "caseId", caseId)).toBe(0);
    expect(await owner().disclosure.count({ where: { caseId, toOrgId: sundhedspleje.org.id } })).toBe(0);
  });

  it("opens the approved referat to the organisation the consent at the start names, one Disclosure per read", async () => {
    const disclosed = () => owner().disclosure.findMany({ where: { caseId, toOrgId: rusmiddel.org.id, recordType: "MeetingMinutes" } });
    expect(await rawCount(rusmiddel, "MeetingMinutes")).toBe(1);
    expect(await rawCount(rusmiddel, "MeetingAgenda")).toBe(1);
    const before = (await disclosed()).length;
    const view = await inMeeting(rusmiddel, getMinutesView);
    expect(view).toMatchObject({ shared: true, minutes: { id: minutesId, status: "APPROVED", plan: "Ny plan" } });
    expect(await disclosed()).toHaveLength(before + 1);
    await inMeeting(rusmiddel, getMinutesView);
    const rows = await disclosed();
    expect(rows).toHaveLength(before + 2);
    const basis = await owner().sharingBasis.findFirstOrThrow({ where: { caseId, recipientOrgId: rusmiddel.org.id, category: "MOEDER" } });
    expect(rows.at(-1)).toMatchObject({ recordId: minutesId, fromOrgId: ambulatorium.org.id, toUserId: rusmiddel.user.id, basisId: basis.id });
    // The convener reads its own record: nothing to disclose.
    await inMeeting(ambulatorium, getMinutesView);
    expect(await owner().disclosure.count({ where: { caseId, toOrgId: ambulatorium.org.id } })).toBe(0);
  });

  it("adds an addendum with author and time, read and disclosed with the referat", async () => {
    const { id } = await inMeeting(ambulatorium, (ms) => addAddendum(ms, "Rettelse: samtalen er flyttet."));
    expect(await owner().meetingMinutesAddendum.findUniqueOrThrow({ where: { id } }))
      .toMatchObject({ byUserId: ambulatorium.user.id, byName: ambulatorium.user.name, authorOrgId: ambulatorium.org.id });
    const view = await inMeeting(rusmiddel, getMinutesView);
    expect(view.shared && view.addenda.map((a) => a.text)).toEqual(["Rettelse: samtalen er flyttet."]);
    expect(await owner().disclosure.count({ where: { caseId, toOrgId: rusmiddel.org.id, recordType: "MeetingMinutesAddendum", recordId: id } })).toBe(1);
    await expect(inMeeting(rusmiddel, (ms) => addAddendum(ms, "Ikke min"))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("outsiders", () => {
  it("get NotFound on every minutes action and read, and nothing changes", async () => {
    const before = await snapshot();
    // The kommune is on the case but was not invited: the meeting does not exist for it either.
    for (const t of [outsider, kommune]) {
      await expect(inMeeting(t, getMinutesView)).rejects.toBeInstanceOf(NotFoundError);
      await expect(inMeeting(t, (ms) => saveMinutes(ms, draft()))).rejects.toBeInstanceOf(NotFoundError);
      await expect(inMeeting(t, approveMinutes)).rejects.toBeInstanceOf(NotFoundError);
      await expect(inMeeting(t, (ms) => addAddendum(ms, "Udefra"))).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(inMeeting(outsider, getMinutesView, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    expect(await rawCount(outsider, "Meeting", "id")).toBe(0);
    expect(await rawCount(outsider, "MeetingMinutes")).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});

describe("consents recorded by the organisation that obtained them (ADR 0025)", () => {
  it("lets a participant record a consent for itself and another organisation, and see it", async () => {
    const { id } = await act(ambulatorium.ctx, recordConsent, {
      ...WRITTEN_CONSENT_BY_MOTHER, caseId, direction: "INDHENTE", recipientOrgIds: [ambulatorium.org.id, sundhedspleje.org.id], categories: ["HELBRED"],
      evidence: "Blanket 4.0 (indhente), underskrevet",
    });
    const bases = await owner().sharingBasis.findMany({ where: { consentId: id }, orderBy: { recipientOrgId: "asc" } });
    expect(bases.map((b) => b.recipientOrgId).sort()).toEqual([ambulatorium.org.id, sundhedspleje.org.id].sort());
    expect((await inCase(ambulatorium.ctx, caseId, getSharing)).consents.map((c) => c.id)).toContain(id);
    expect((await inCase(sundhedspleje.ctx, caseId, getSharing)).consents.map((c) => c.id)).toContain(id);
  });

  it("refuses a participant stamdata, through the action and under RLS", async () => {
    const before = await snapshot();
    await expect(act(ambulatorium.ctx, recordConsent, {
      ...WRITTEN_CONSENT_BY_MOTHER, caseId, recipientOrgIds: [rusmiddel.org.id], categories: ["STAMDATA"],
    })).rejects.toBeInstanceOf(ValidationError);
    const consent = await owner().consent.findFirstOrThrow({ where: { caseId, recordedByOrgId: ambulatorium.org.id } });
    await expect(withAccess(ambulatorium.ctx, (db) => db.sharingBasis.createMany({
      data: [{ caseId, recipientOrgId: rusmiddel.org.id, category: "STAMDATA", kind: "CONSENT", consentId: consent.id, grantedByOrgId: ambulatorium.org.id, grantedByName: "x", validFrom: new Date() }],
    }))).rejects.toThrow(/row-level security/i);
    expect(await snapshot()).toEqual(before);
  });
});
