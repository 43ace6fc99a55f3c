// The leader's overview fixture (issue 12): a kommune with known answers, on
// real PostgreSQL. Each figure's expected value is worked out from what is
// seeded here, not read back from the code under test.
import { randomUUID } from "node:crypto";
import { copenhagenTime } from "@/lib/domain/calendar";
import { createCase, createPerson, createUser } from "@/tests/fixtures/factories";
import { DUMMY_PASSWORD_HASH, freshTenant, owner, type Tenant } from "./helpers";

// A fixed Wednesday, so "this month" and "this week" are known: 18 November 2026, 12:00 in Copenhagen.
export const NOW = copenhagenTime(2026, 11, 18, 12);
const DAY = 86_400_000;
const HOUR = 3_600_000;
export const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

/** Linear interpolation between closest ranks, as PostgreSQL's percentile_cont. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = p * (sorted.length - 1);
  const lo = Math.floor(pos);
  const at = (i: number) => sorted[Math.min(i, sorted.length - 1)] ?? 0;
  return at(lo) + (at(lo + 1) - at(lo)) * (pos - lo);
}

export const pick = (list: string[], i: number): string => list[i] ?? "missing";

export type Fixture = {
  kommune: Tenant; voksen: Tenant; otherLeader: Tenant; health: Tenant;
  userA: { id: string; name: string }; userB: { id: string; name: string };
  casesA: string[]; casesB: string[]; unassigned: string[];
  /** B's case moved on to Udredning 20 days ago and back to Opsporing 2 days ago. */
  movedBack: string;
  /** B's case whose underretning came Friday 16:00 and was assessed Monday morning: a missed 24-hour clock. */
  weekendCase: string;
  ageInStage: { OPSPORING: number[]; UDREDNING: number[] };
  /** Pregnancy cases opened in November (the closed one too). */
  openedInNovember: string[];
  /** Active cases where the participant holds a live basis. */
  withBasis: string[];
};

export async function seedDashboardFixture(label: string): Promise<Fixture> {
  const kommune = await freshTenant(`${label} Kommune`, "LEDER");
  const voksen = await freshTenant(`${label} Voksen`, "BEHANDLER", "KOMMUNE_VOKSEN");
  const health = await freshTenant(`${label} Sundhedspleje`, "SUNDHEDSPLEJERSKE", "SUNDHEDSPLEJE");
  const otherLeader = await freshTenant(`${label} Anden`, "LEDER");
  // 60,000 inhabitants of 6,000,000, a national figure of 1,200 a year: 12 expected a year.
  await owner().organization.update({ where: { id: kommune.org.id }, data: { settings: { prevalence: { kommunePopulation: 60_000, nationalPopulation: 6_000_000, nationalPerYear: 1200 } } } });
  const member = (name: string) =>
    createUser(owner(), { name, passwordHash: DUMMY_PASSWORD_HASH, memberships: [{ orgId: kommune.org.id, role: "SAGSBEHANDLER" }] });
  const userA = await member(`Anna ${label}`);
  const userB = await member(`Bent ${label}`);
  const f: Fixture = {
    kommune, voksen, otherLeader, health, userA, userB, casesA: [], casesB: [], unassigned: [], movedBack: "", weekendCase: "",
    ageInStage: { OPSPORING: [], UDREDNING: [] }, withBasis: [], openedInNovember: [],
  };
  let n = 0;
  const newCase = async (caseworkerUserId: string | null, openedDaysAgo: number) => {
    const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: `${label}${n++}`, lastName: "Test" });
    const c = await createCase(owner(), {
      subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user, openedAt: ago(openedDaysAgo),
      participants: [{ orgId: voksen.org.id, roleOnCase: "Rusmiddelbehandling" }],
    });
    await owner().caseFile.update({ where: { id: c.id }, data: { caseworkerUserId } });
    return c.id;
  };
  const transition = (caseId: string, fromStage: "OPSPORING" | "UDREDNING", toStage: "OPSPORING" | "UDREDNING", at: Date) =>
    owner().stageTransition.create({ data: { caseId, fromStage, toStage, reason: "Videre", byUserId: kommune.user.id, byName: "T", orgId: kommune.org.id, at } });

  // A: 3 active cases moved on to UDREDNING 10, 20 and 30 days ago, and one closed case.
  for (const days of [10, 20, 30]) {
    const id = await newCase(userA.id, 40);
    await transition(id, "OPSPORING", "UDREDNING", ago(days));
    await owner().caseFile.update({ where: { id }, data: { stage: "UDREDNING" } });
    f.casesA.push(id);
    f.ageInStage.UDREDNING.push(days);
  }
  const closed = await newCase(userA.id, 5);
  await owner().caseFile.update({ where: { id: closed }, data: { stage: "AFSLUTTET", closedAt: ago(1) } });
  // B: 6 cases in OPSPORING since 1..6 days ago; 2 cases nobody holds, 7 days in.
  for (let d = 1; d <= 6; d++) {
    f.casesB.push(await newCase(userB.id, d));
    f.ageInStage.OPSPORING.push(d);
  }
  for (let i = 0; i < 2; i++) {
    f.unassigned.push(await newCase(null, 7));
    f.ageInStage.OPSPORING.push(7);
  }
  // Moved back a stage: its Opsporing clock restarts at the move back (2 days), not at the opening (40).
  f.movedBack = await newCase(userB.id, 40);
  await transition(f.movedBack, "OPSPORING", "UDREDNING", ago(20));
  await transition(f.movedBack, "UDREDNING", "OPSPORING", ago(2));
  f.casesB.push(f.movedBack);
  f.ageInStage.OPSPORING.push(2);
  f.weekendCase = pick(f.casesB, 3);
  f.openedInNovember = [closed, ...f.casesB.filter((id) => id !== f.movedBack), ...f.unassigned];
  // A later note must not restart the stage clock: updatedAt is not the source.
  await owner().caseFile.update({ where: { id: pick(f.casesA, 0) }, data: { updatedAt: NOW } });

  const deadline = (ruleId: string, dueAt: Date, more: { metAt?: Date; status?: "OPEN" | "MET" | "CANCELLED"; caseId?: string } = {}) =>
    owner().deadline.create({ data: {
      caseId: more.caseId ?? pick(f.casesA, 0), orgId: kommune.org.id, ruleId, label: ruleId, legalReference: "Test", dueAt,
      metAt: more.metAt, status: more.status ?? (more.metAt ? "MET" : "OPEN"),
    } });
  await deadline("underretning-24t", ago(3), { metAt: ago(3.5) }); // met
  await deadline("underretning-24t", ago(2), { metAt: ago(1) }); // met late: missed
  await deadline("underretning-24t", new Date(NOW.getTime() - HOUR)); // open past due: missed (and due this week)
  await deadline("underretning-24t", new Date(NOW.getTime() + DAY)); // pending, due this week
  await deadline("underretning-24t", ago(1), { status: "CANCELLED" }); // no duty
  await deadline("underretning-24t", ago(30), { metAt: ago(31) }); // October: another period
  // Received Friday 13 November 16:00, due Saturday 16:00 (24 hours, weekend or not), assessed Monday 09:00: missed.
  const friday = copenhagenTime(2026, 11, 13, 16);
  const monday = copenhagenTime(2026, 11, 16, 9);
  await deadline("underretning-24t", new Date(friday.getTime() + 24 * HOUR), { metAt: monday, caseId: f.weekendCase });
  await deadline("kvittering-6-hverdage", new Date(NOW.getTime() + 2 * DAY), { caseId: pick(f.casesB, 0) }); // pending, this week
  await deadline("bfu-4-maaneder", ago(4), { metAt: ago(10), caseId: pick(f.casesB, 1) }); // met
  await deadline("bfu-4-maaneder", ago(6), { caseId: pick(f.casesB, 2) }); // open past due: missed
  await deadline("bfu-4-maaneder", ago(8), { metAt: ago(7), caseId: pick(f.casesA, 2) }); // met a day late: missed
  await deadline("barnets-plan-3-maaneder", ago(9), { metAt: ago(12), caseId: pick(f.casesA, 1) }); // met
  await deadline("stofbehandling-14-dage", ago(3), { metAt: ago(2), caseId: pick(f.casesA, 1) }); // missed

  const report = (caseId: string, receivedAt: Date, more: object) => owner().concernReport.create({ data: {
    caseId, receivingOrgId: kommune.org.id, reporterKind: "FAGPERSON", channel: "TELEFON", receivedAt, about: "GRAVID",
    observations: "Bekymring", idempotencyKey: randomUUID(), createdByUserId: kommune.user.id, createdByName: "T", ...more,
  } });
  await report(pick(f.casesB, 0), ago(2), { reporterKind: "ANONYM", assessedAt: new Date(ago(2).getTime() + 2 * HOUR), womanInformed: true });
  await report(pick(f.casesB, 1), ago(3), { assessedAt: ago(1), womanInformed: false });
  await report(f.weekendCase, friday, { assessedAt: monday, womanInformed: true, feedbackAt: ago(1) });
  await report(pick(f.casesB, 2), ago(30), { reporterKind: "ANONYM" }); // October

  const meeting = (caseId: string, type: "KOORDINATIONSMOEDE" | "NETVAERKSMOEDE", startsAt: Date) => owner().meeting.create({ data: {
    caseId, conveningOrgId: kommune.org.id, type, startsAt, endsAt: new Date(startsAt.getTime() + HOUR),
    idempotencyKey: randomUUID(), createdByUserId: kommune.user.id, createdByName: "T",
  } });
  const invite = (meetingId: string, caseId: string, t: Tenant, attendance?: "UDEBLEVET") =>
    owner().meetingInvitee.create({ data: { meetingId, caseId, kind: "PROFESSIONAL", orgId: t.org.id, userId: t.user.id, name: "V", attendance } });
  const withHealth = await meeting(pick(f.casesB, 0), "KOORDINATIONSMOEDE", ago(10)); // November
  // An invitee is an organisation on the case (ADR 0024): sundhedsplejen joins B0 first.
  await owner().caseParticipant.create({ data: { caseId: pick(f.casesB, 0), orgId: health.org.id, roleOnCase: "Sundhedspleje", addedByUserId: kommune.user.id } });
  await invite(withHealth.id, pick(f.casesB, 0), health);
  await meeting(pick(f.casesB, 0), "KOORDINATIONSMOEDE", ago(20)); // October; case B0 meets the default minimum of 2
  await meeting(pick(f.casesA, 0), "KOORDINATIONSMOEDE", new Date(NOW.getTime() + 3 * DAY)); // upcoming, November
  const held = await meeting(pick(f.casesA, 1), "NETVAERKSMOEDE", ago(5));
  await invite(held.id, pick(f.casesA, 1), voksen, "UDEBLEVET");

  const consent = (validUntil: Date, withdrawnAt?: Date) => owner().consent.create({ data: {
    caseId: pick(f.casesA, 0), recordedByOrgId: kommune.org.id, recordedByUserId: kommune.user.id, givenBy: "MOTHER", givenByName: "M",
    direction: "VIDEREGIVE", purpose: "Samarbejde", form: "SKRIFTLIGT", validFrom: ago(300), validUntil, withdrawnAt,
  } });
  await consent(new Date(NOW.getTime() + 10 * DAY)); // expiring
  await consent(new Date(NOW.getTime() + 60 * DAY)); // not yet
  await consent(new Date(NOW.getTime() + 90 * DAY), ago(3)); // withdrawn this month
  await consent(new Date(NOW.getTime() + 5 * DAY), ago(40)); // withdrawn in October: neither

  // The participant's bases: live on A0 and A1; expired on A2 and revoked on B0 (those still count as without).
  const basis = (caseId: string, more: { validTo?: Date; revokedAt?: Date } = {}) => owner().sharingBasis.create({ data: {
    caseId, recipientOrgId: voksen.org.id, category: "RUSMIDDEL", kind: "STATUTORY", statutoryCode: "TEST",
    grantedByOrgId: kommune.org.id, grantedByName: "T", validFrom: ago(50), ...more,
  } });
  await basis(pick(f.casesA, 0));
  await basis(pick(f.casesA, 1), { validTo: new Date(NOW.getTime() + 30 * DAY) });
  await basis(pick(f.casesA, 2), { validTo: ago(1) });
  await basis(pick(f.casesB, 0), { revokedAt: ago(1) });
  f.withBasis = [pick(f.casesA, 0), pick(f.casesA, 1)];
  return f;
}
