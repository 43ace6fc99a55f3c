// The leader's overview (issue 12) on real PostgreSQL as the runtime role:
// the fixture's known answers (dashboard-fixture.ts), each figure compared with
// a count worked out here; a caseworker gets NotFoundError; another kommune's
// leader sees none of it.
import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/access/errors";
import { loadDashboard } from "@/lib/dashboard/load";
import { customPeriod } from "@/lib/domain/dashboard/period";
import { NOW, percentile, seedDashboardFixture, type Fixture } from "./dashboard-fixture";
import { owner, type Tenant } from "./helpers";

let f: Fixture;
beforeAll(async () => {
  f = await seedDashboardFixture("Overblik");
});

const load = (t: Tenant, caseworkerUserId?: string, stuckDays?: number) =>
  loadDashboard(t.ctx, { period: "denne-maaned", caseworkerUserId, stuckDays, now: NOW });
const active = () => f.casesA.length + f.casesB.length + f.unassigned.length;

describe("the leader's overview", () => {
  it("counts active cases per caseworker and the unassigned ones", async () => {
    const d = await load(f.kommune);
    const byUser = new Map(d.caseload.rows.map((r) => [r.userId, r]));
    expect(byUser.get(f.userA.id)).toMatchObject({ total: f.casesA.length, byStage: { UDREDNING: 3 } });
    expect(byUser.get(f.userB.id)).toMatchObject({ total: f.casesB.length, byStage: { OPSPORING: f.casesB.length } });
    expect(d.caseload.unassigned).toBe(f.unassigned.length);
    expect(d.caseload.total).toBe(active());
  });

  it("counts the cases active at each of the last six months' ends, by their current caseworker", async () => {
    const t = (await load(f.kommune)).overTime;
    expect(t.months).toEqual(["jun. 2026", "jul. 2026", "aug. 2026", "sep. 2026", "okt. 2026", "nov. 2026"]);
    // A's three and B's moved-back case were opened 40 days ago (9 October); the rest in November; the closed one closed yesterday.
    expect(t.totals).toEqual([0, 0, 0, 0, f.casesA.length + 1, active()]);
    const byUser = new Map(t.rows.map((r) => [r.userId, r.counts]));
    expect(byUser.get(f.userA.id)).toEqual([0, 0, 0, 0, 3, 3]);
    expect(byUser.get(f.userB.id)).toEqual([0, 0, 0, 0, 1, f.casesB.length]);
    expect(byUser.get(null)).toEqual([0, 0, 0, 0, 0, f.unassigned.length]);
  });

  it("gives days in the current stage from the latest stage transition (a case moved back restarts), median and 90th percentile", async () => {
    const d = await load(f.kommune);
    for (const stage of ["OPSPORING", "UDREDNING"] as const) {
      const row = d.stages.find((s) => s.stage === stage)!;
      expect(row.cases).toBe(f.ageInStage[stage].length);
      expect(row.medianDays).toBeCloseTo(percentile(f.ageInStage[stage], 0.5), 5);
      expect(row.p90Days).toBeCloseTo(percentile(f.ageInStage[stage], 0.9), 5);
    }
  });

  it("counts cases stuck in their stage for at least the threshold", async () => {
    const stuck = (d: Awaited<ReturnType<typeof load>>, stage: string) => d.stages.find((s) => s.stage === stage)?.stuck;
    const d15 = await load(f.kommune, undefined, 15);
    expect(d15.stuckDays).toBe(15);
    expect(stuck(d15, "UDREDNING")).toBe(f.ageInStage.UDREDNING.filter((a) => a >= 15).length);
    // The case moved back 2 days ago is not stuck, though it was opened 40 days ago.
    expect(stuck(d15, "OPSPORING")).toBe(0);
    expect((await load(f.kommune)).stages.every((s) => s.stuck === 0)).toBe(true); // the default, 90 days
  });

  it("counts the clocks due in the period: met, missed (late, open past due, across a weekend), not yet due; open ones due this week", async () => {
    const d = await load(f.kommune);
    const rule = (id: string) => d.clocks.rows.find((r) => r.ruleId === id);
    expect(rule("underretning-24t")).toEqual({ ruleId: "underretning-24t", due: 5, met: 1, missed: 3, pending: 1 });
    expect(rule("kvittering-6-hverdage")).toEqual({ ruleId: "kvittering-6-hverdage", due: 1, met: 0, missed: 0, pending: 1 });
    expect(rule("bfu-4-maaneder")).toEqual({ ruleId: "bfu-4-maaneder", due: 3, met: 1, missed: 2, pending: 0 });
    expect(rule("barnets-plan-3-maaneder")).toEqual({ ruleId: "barnets-plan-3-maaneder", due: 1, met: 1, missed: 0, pending: 0 });
    expect(rule("stofbehandling-14-dage")).toEqual({ ruleId: "stofbehandling-14-dage", due: 1, met: 0, missed: 1, pending: 0 });
    expect(rule("alkoholbehandling-14-dage")?.due).toBe(0);
    expect(d.clocks.openThisWeek).toBe(3);
  });

  it("counts underretninger received in the period, feedback of the professionals' ones", async () => {
    expect((await load(f.kommune)).reports).toEqual({
      received: 3, assessedIn24h: 1, anonymous: 1, womanInformed: 2, fromProfessionals: 2, feedbackGiven: 1,
    });
  });

  it("counts meetings against the agreement's minimum, sundhedsplejen invited, udeblivelser per organisation", async () => {
    const m = (await load(f.kommune)).meetings;
    expect(m).toEqual({
      upcoming: 1, inPeriod: 3, withHealthVisitor: 1, activeGravid: active(), belowMinimum: active() - 1, minimum: 2,
      absences: [{ orgName: f.voksen.org.name, count: 1 }],
    });
  });

  it("counts consents about to lapse, withdrawn in the period, and cases where a participant has no live basis", async () => {
    expect((await load(f.kommune)).consents).toEqual({ expiringSoon: 1, withdrawn: 1, casesWithoutBasis: active() - f.withBasis.length });
  });

  it("sets the pregnancy cases opened in the period against the national figure's share for the kommune", async () => {
    const e = (await load(f.kommune)).expected;
    expect(e.found).toBe(f.openedInNovember.length);
    expect(e.expectedPerYear).toBeCloseTo(12, 9);
    expect(e.expected).toBeCloseTo((12 * 30) / 365.25, 9); // November's 30 days
    // Without the kommune's population there is no estimate, only the finding.
    expect((await load(f.otherLeader)).expected).toMatchObject({ found: 0, expected: null, expectedPerYear: null });
  });

  it("filters to one caseworker's cases", async () => {
    const d = await load(f.kommune, f.userA.id);
    expect(d.caseworkerUserId).toBe(f.userA.id);
    expect(d.caseload.total).toBe(f.casesA.length);
    expect(d.caseload.unassigned).toBe(0);
    expect(d.clocks.rows.find((r) => r.ruleId === "underretning-24t")?.due).toBe(4);
    expect(d.clocks.rows.find((r) => r.ruleId === "bfu-4-maaneder")).toMatchObject({ due: 1, missed: 1 });
    expect(d.reports.received).toBe(0);
    expect(d.meetings.upcoming).toBe(1);
  });

  it("counts last month's figures for last month, and a custom period's for its days", async () => {
    const d = await loadDashboard(f.kommune.ctx, { period: "sidste-maaned", now: NOW });
    expect(d.reports).toMatchObject({ received: 1, anonymous: 1 });
    expect(d.clocks.rows.find((r) => r.ruleId === "underretning-24t")).toMatchObject({ due: 1, met: 1 });
    // 13 to 14 November: the Friday report and its clock, due Saturday, only.
    const custom = customPeriod("2026-11-13", "2026-11-14");
    if (!custom.ok) throw new Error(custom.error);
    const weekend = await loadDashboard(f.kommune.ctx, { period: custom.period, now: NOW });
    expect(weekend.reports).toMatchObject({ received: 1, fromProfessionals: 1, feedbackGiven: 1 });
    expect(weekend.clocks.rows.find((r) => r.ruleId === "underretning-24t")).toMatchObject({ due: 1, missed: 1 });
  });

  it("is not there for a caseworker, and writes an audit row for the leader", async () => {
    const caseworker = { ...f.kommune.ctx, role: "SAGSBEHANDLER" as const };
    await expect(load({ ...f.kommune, ctx: caseworker })).rejects.toBeInstanceOf(NotFoundError);
    const admin = { ...f.kommune.ctx, role: "ADMIN" as const };
    await expect(load({ ...f.kommune, ctx: admin })).rejects.toBeInstanceOf(NotFoundError);
    await load(f.kommune);
    expect(await owner().auditEvent.count({ where: { orgId: f.kommune.org.id, action: "dashboard.view" } })).toBeGreaterThan(0);
  });

  it("shows another kommune's leader none of these cases", async () => {
    const d = await load(f.otherLeader);
    expect(d.caseload.total).toBe(0);
    expect(d.stages).toEqual([]);
    expect(d.clocks.rows.every((r) => r.due === 0)).toBe(true);
    expect(d.clocks.openThisWeek).toBe(0);
    expect(d.reports.received).toBe(0);
    expect(d.meetings).toMatchObject({ upcoming: 0, inPeriod: 0, activeGravid: 0, absences: [] });
    expect(d.consents).toEqual({ expiringSoon: 0, withdrawn: 0, casesWithoutBasis: 0 });
    // A caseworker id of another organisation filters nothing in: it is not one of hers.
    expect((await load(f.otherLeader, f.userA.id)).caseworkerUserId).toBeUndefined();
  });
});
