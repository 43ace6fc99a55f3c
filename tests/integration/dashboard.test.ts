// The leader's overview (issue 12) on real PostgreSQL as the runtime role: a
// fixture with known answers, each figure compared with a count worked out
// here; a caseworker gets NotFoundError; another kommune's leader sees none of it.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/access/errors";
import { listCases } from "@/lib/cases/queries";
import { loadDashboard } from "@/lib/dashboard/load";
import { copenhagenTime } from "@/lib/domain/calendar";
import { createCase, createPerson, createUser } from "@/tests/fixtures/factories";
import { DUMMY_PASSWORD_HASH, freshTenant, owner, type Tenant } from "./helpers";

// A fixed Wednesday, so "this month" and "this week" are known: 18 November 2026, 12:00 in Copenhagen.
const NOW = copenhagenTime(2026, 11, 18, 12);
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

let kommune: Tenant;
let voksen: Tenant;
let otherLeader: Tenant;
let userA: { id: string; name: string };
let userB: { id: string; name: string };
const casesA: string[] = [];
const casesB: string[] = [];
const unassigned: string[] = [];
const ageInStage = { OPSPORING: [] as number[], UDREDNING: [] as number[] };

/** Linear interpolation between closest ranks, as PostgreSQL's percentile_cont. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = p * (sorted.length - 1);
  const lo = Math.floor(pos);
  const at = (i: number) => sorted[Math.min(i, sorted.length - 1)] ?? 0;
  return at(lo) + (at(lo + 1) - at(lo)) * (pos - lo);
}

const pick = (list: string[], i: number): string => list[i] ?? "missing";

async function newCase(caseworkerUserId: string | null, openedDaysAgo: number, n: number) {
  const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: `Overblik${n}`, lastName: "Test" });
  const c = await createCase(owner(), {
    subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user, openedAt: ago(openedDaysAgo),
    participants: [{ orgId: voksen.org.id, roleOnCase: "Rusmiddelbehandling" }],
  });
  await owner().caseFile.update({ where: { id: c.id }, data: { caseworkerUserId } });
  return c.id;
}

const member = (name: string) =>
  createUser(owner(), { name, passwordHash: DUMMY_PASSWORD_HASH, memberships: [{ orgId: kommune.org.id, role: "SAGSBEHANDLER" }] });

beforeAll(async () => {
  kommune = await freshTenant("Overblik Kommune", "LEDER");
  voksen = await freshTenant("Overblik Voksen", "BEHANDLER", "KOMMUNE_VOKSEN");
  otherLeader = await freshTenant("Overblik Anden", "LEDER");
  userA = await member("Anna Overblik");
  userB = await member("Bent Overblik");
  // A: 3 active cases moved on to UDREDNING 10, 20 and 30 days ago, and one closed case.
  for (const [i, days] of [10, 20, 30].entries()) {
    const id = await newCase(userA.id, 40, i);
    await owner().stageTransition.create({ data: { caseId: id, fromStage: "OPSPORING", toStage: "UDREDNING", reason: "Videre", byUserId: kommune.user.id, byName: "T", orgId: kommune.org.id, at: ago(days) } });
    await owner().caseFile.update({ where: { id }, data: { stage: "UDREDNING" } });
    casesA.push(id);
    ageInStage.UDREDNING.push(days);
  }
  const closed = await newCase(userA.id, 5, 9);
  await owner().caseFile.update({ where: { id: closed }, data: { stage: "AFSLUTTET", closedAt: ago(1) } });
  // B: 6 cases in OPSPORING since 1..6 days ago; 2 cases nobody holds, 7 days in.
  for (let d = 1; d <= 6; d++) {
    casesB.push(await newCase(userB.id, d, 10 + d));
    ageInStage.OPSPORING.push(d);
  }
  for (const n of [20, 21]) {
    unassigned.push(await newCase(null, 7, n));
    ageInStage.OPSPORING.push(7);
  }
  // A later note must not restart the stage clock: updatedAt is not the source.
  await owner().caseFile.update({ where: { id: pick(casesA, 0) }, data: { updatedAt: NOW } });

  const deadline = (ruleId: string, dueAt: Date, more: { metAt?: Date; status?: "OPEN" | "MET" | "CANCELLED"; caseId?: string } = {}) =>
    owner().deadline.create({ data: {
      caseId: more.caseId ?? pick(casesA, 0), orgId: kommune.org.id, ruleId, label: ruleId, legalReference: "Test", dueAt,
      metAt: more.metAt, status: more.status ?? (more.metAt ? "MET" : "OPEN"),
    } });
  await deadline("underretning-24t", ago(3), { metAt: ago(3.5) }); // met
  await deadline("underretning-24t", ago(2), { metAt: ago(1) }); // met late: missed
  await deadline("underretning-24t", new Date(NOW.getTime() - 3_600_000)); // open past due: missed (and due this week)
  await deadline("underretning-24t", new Date(NOW.getTime() + DAY)); // pending, due this week
  await deadline("underretning-24t", ago(1), { status: "CANCELLED" }); // no duty
  await deadline("underretning-24t", ago(30), { metAt: ago(31) }); // October: another period
  await deadline("kvittering-6-hverdage", new Date(NOW.getTime() + 2 * DAY), { caseId: pick(casesB, 0) }); // pending, this week
  await deadline("bfu-4-maaneder", ago(4), { metAt: ago(10), caseId: pick(casesB, 1) }); // met

  const report = (caseId: string, receivedAt: Date, more: object) => owner().concernReport.create({ data: {
    caseId, receivingOrgId: kommune.org.id, reporterKind: "FAGPERSON", channel: "TELEFON", receivedAt, about: "GRAVID",
    observations: "Bekymring", idempotencyKey: randomUUID(), createdByUserId: kommune.user.id, createdByName: "T", ...more,
  } });
  await report(pick(casesB, 0), ago(2), { reporterKind: "ANONYM", assessedAt: new Date(ago(2).getTime() + 2 * 3_600_000), womanInformed: true });
  await report(pick(casesB, 1), ago(3), { assessedAt: ago(1), womanInformed: false });
  await report(pick(casesB, 2), ago(30), { reporterKind: "ANONYM" }); // October

  const meeting = (caseId: string, type: "KOORDINATIONSMOEDE" | "NETVAERKSMOEDE", startsAt: Date) => owner().meeting.create({ data: {
    caseId, conveningOrgId: kommune.org.id, type, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000),
    idempotencyKey: randomUUID(), createdByUserId: kommune.user.id, createdByName: "T",
  } });
  await meeting(pick(casesB, 0), "KOORDINATIONSMOEDE", ago(10));
  await meeting(pick(casesB, 0), "KOORDINATIONSMOEDE", ago(20)); // case B0 meets the default minimum of 2
  await meeting(pick(casesA, 0), "KOORDINATIONSMOEDE", new Date(NOW.getTime() + 3 * DAY)); // upcoming
  const held = await meeting(pick(casesA, 1), "NETVAERKSMOEDE", ago(5));
  await owner().meetingInvitee.create({ data: { meetingId: held.id, caseId: pick(casesA, 1), kind: "PROFESSIONAL", orgId: voksen.org.id, userId: voksen.user.id, name: "V", attendance: "UDEBLEVET" } });

  const consent = (validUntil: Date, withdrawnAt?: Date) => owner().consent.create({ data: {
    caseId: pick(casesA, 0), recordedByOrgId: kommune.org.id, recordedByUserId: kommune.user.id, givenBy: "MOTHER", givenByName: "M",
    direction: "VIDEREGIVE", purpose: "Samarbejde", form: "SKRIFTLIGT", validFrom: ago(300), validUntil, withdrawnAt,
  } });
  await consent(new Date(NOW.getTime() + 10 * DAY)); // expiring
  await consent(new Date(NOW.getTime() + 60 * DAY)); // not yet
  await consent(new Date(NOW.getTime() + 90 * DAY), ago(3)); // withdrawn this month
  await consent(new Date(NOW.getTime() + 5 * DAY), ago(40)); // withdrawn in October: neither
});

const load = (t: Tenant, caseworkerUserId?: string) => loadDashboard(t.ctx, { period: "denne-maaned", caseworkerUserId, now: NOW });

describe("the leader's overview", () => {
  it("counts active cases per caseworker and the unassigned ones", async () => {
    const d = await load(kommune);
    const byUser = new Map(d.caseload.rows.map((r) => [r.userId, r]));
    expect(byUser.get(userA.id)).toMatchObject({ total: casesA.length, byStage: { UDREDNING: 3 } });
    expect(byUser.get(userB.id)).toMatchObject({ total: casesB.length, byStage: { OPSPORING: 6 } });
    expect(d.caseload.unassigned).toBe(unassigned.length);
    expect(d.caseload.total).toBe(casesA.length + casesB.length + unassigned.length);
  });

  it("gives days in the current stage from the latest stage transition, median and 90th percentile", async () => {
    const d = await load(kommune);
    for (const stage of ["OPSPORING", "UDREDNING"] as const) {
      const row = d.stages.find((s) => s.stage === stage)!;
      expect(row.cases).toBe(ageInStage[stage].length);
      expect(row.medianDays).toBeCloseTo(percentile(ageInStage[stage], 0.5), 5);
      expect(row.p90Days).toBeCloseTo(percentile(ageInStage[stage], 0.9), 5);
    }
  });

  it("counts the clocks due in the period: met, missed (late or open past due) and not yet due; open ones due this week", async () => {
    const d = await load(kommune);
    const rule = (id: string) => d.clocks.rows.find((r) => r.ruleId === id);
    expect(rule("underretning-24t")).toEqual({ ruleId: "underretning-24t", due: 4, met: 1, missed: 2, pending: 1 });
    expect(rule("kvittering-6-hverdage")).toEqual({ ruleId: "kvittering-6-hverdage", due: 1, met: 0, missed: 0, pending: 1 });
    expect(rule("bfu-4-maaneder")).toEqual({ ruleId: "bfu-4-maaneder", due: 1, met: 1, missed: 0, pending: 0 });
    expect(d.clocks.openThisWeek).toBe(3);
  });

  it("counts underretninger received in the period", async () => {
    expect((await load(kommune)).reports).toEqual({ received: 2, assessedIn24h: 1, anonymous: 1, womanInformed: 1 });
  });

  it("counts meetings against the agreement's minimum and udeblivelser per organisation", async () => {
    const m = (await load(kommune)).meetings;
    const active = casesA.length + casesB.length + unassigned.length;
    expect(m).toEqual({ upcoming: 1, activeGravid: active, belowMinimum: active - 1, minimum: 2, absences: [{ orgName: voksen.org.name, count: 1 }] });
  });

  it("counts consents about to lapse and withdrawn in the period", async () => {
    expect((await load(kommune)).consents).toEqual({ expiringSoon: 1, withdrawn: 1 });
  });

  it("filters to one caseworker's cases", async () => {
    const d = await load(kommune, userA.id);
    expect(d.caseworkerUserId).toBe(userA.id);
    expect(d.caseload.total).toBe(casesA.length);
    expect(d.caseload.unassigned).toBe(0);
    expect(d.clocks.rows.find((r) => r.ruleId === "underretning-24t")?.due).toBe(4);
    expect(d.clocks.rows.find((r) => r.ruleId === "bfu-4-maaneder")?.due).toBe(0);
    expect(d.reports.received).toBe(0);
    expect(d.meetings.upcoming).toBe(1);
  });

  it("counts last month's figures for last month", async () => {
    const d = await loadDashboard(kommune.ctx, { period: "sidste-maaned", now: NOW });
    expect(d.reports).toMatchObject({ received: 1, anonymous: 1 });
    expect(d.clocks.rows.find((r) => r.ruleId === "underretning-24t")).toMatchObject({ due: 1, met: 1 });
  });

  it("is not there for a caseworker, and writes an audit row for the leader", async () => {
    const caseworker = { ...kommune.ctx, role: "SAGSBEHANDLER" as const };
    await expect(load({ ...kommune, ctx: caseworker })).rejects.toBeInstanceOf(NotFoundError);
    const admin = { ...kommune.ctx, role: "ADMIN" as const };
    await expect(load({ ...kommune, ctx: admin })).rejects.toBeInstanceOf(NotFoundError);
    await load(kommune);
    expect(await owner().auditEvent.count({ where: { orgId: kommune.org.id, action: "dashboard.view" } })).toBeGreaterThan(0);
  });

  it("shows another kommune's leader none of these cases", async () => {
    const d = await load(otherLeader);
    expect(d.caseload.total).toBe(0);
    expect(d.stages).toEqual([]);
    expect(d.clocks.rows.every((r) => r.due === 0)).toBe(true);
    expect(d.clocks.openThisWeek).toBe(0);
    expect(d.reports.received).toBe(0);
    expect(d.meetings).toMatchObject({ upcoming: 0, activeGravid: 0, absences: [] });
    expect(d.consents).toEqual({ expiringSoon: 0, withdrawn: 0 });
    // A caseworker id of another organisation filters nothing in: it is not one of hers.
    expect((await load(otherLeader, userA.id)).caseworkerUserId).toBeUndefined();
  });

  it("links to case lists with exactly the counted cases: one caseworker's per stage, the unassigned, the responsible ones per stage", async () => {
    const ids = async (params: Parameters<typeof listCases>[1]) => (await listCases(kommune.ctx, params)).cases.map((c) => c.id).sort();
    expect(await ids({ caseworker: userA.id, stage: "UDREDNING" })).toEqual([...casesA].sort());
    expect(await ids({ unassigned: "1", stage: "OPSPORING" })).toEqual([...unassigned].sort());
    expect(await ids({ responsible: "1", stage: "OPSPORING" })).toEqual([...casesB, ...unassigned].sort());
    // The participant sees these cases in its list, but none of them as its own caseload.
    expect(await listCases(voksen.ctx, { responsible: "1", stage: "OPSPORING" })).toMatchObject({ cases: [] });
  });
});
