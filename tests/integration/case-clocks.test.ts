// Deadlines that start themselves (issue 9 item 4), as the runtime role: each
// automatic clock is created by its event with its legal reference and a
// task, closed by its "met" event, never started twice while it runs, and
// kept by the organisation whose duty it is. Outsiders get NotFoundError and
// change nothing.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { createCase as createCaseAction } from "@/lib/cases/actions";
import { createCaseSchema } from "@/lib/cases/schemas";
import { meetDeadline, registerCaseEvent } from "@/lib/deadlines/actions";
import { copenhagenDay, shiftDay } from "@/lib/domain/calendar";
import { recordOutcome } from "@/lib/underretninger/actions";
import { createConcernReport } from "@/lib/underretninger/intake";
import { createReportSchema } from "@/lib/underretninger/schemas";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { act, freshTenant, owner, type Tenant } from "./helpers";

let kommune: Tenant;
let voksen: Tenant;
let outsider: Tenant;
let caseId: string;

const today = () => copenhagenDay(new Date());
const clocksOf = (id: string) => owner().deadline.findMany({ where: { caseId: id }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  kommune = await freshTenant("Frister Kommune");
  voksen = await freshTenant("Frister Voksen", "BEHANDLER", "KOMMUNE_VOKSEN");
  outsider = await freshTenant("Frister Udenfor");
  const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Frida", lastName: "Frist", cpr: "0505921234" });
  caseId = (await createCase(owner(), {
    subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user,
    participants: [{ orgId: voksen.org.id, roleOnCase: "Rusmiddelbehandling" }],
  })).id;
});

describe("the BFU clock", () => {
  it("starts when the outcome is a børnefaglig undersøgelse, from the report's receipt, once, and closes when the undersøgelse is concluded", async () => {
    const received = new Date(Date.now() - 2 * 86_400_000);
    const report = await createConcernReport(kommune.ctx, createReportSchema.parse({
      idempotencyKey: randomUUID(), reporterKind: "ANONYM", reporterName: "", reporterOrgId: "", reporterOrganisation: "",
      reporterProfession: "", reporterContact: "", channel: "TELEFON", about: "UFOEDT_BARN",
      receivedAt: received.toLocaleString("sv-SE", { timeZone: "Europe/Copenhagen" }).slice(0, 16).replace(" ", "T"),
      cpr: "0606931234", firstName: "Bea", lastName: "Bfu", termin: shiftDay(today(), 120), observations: "Bekymring for forbrug.", substances: "", exposure: "",
      womanInformed: "UKENDT", copyGiven: "NEJ", publicEmployee: false,
    }));
    const reportCase = (await owner().concernReport.findUniqueOrThrow({ where: { id: report.id } })).caseId;
    await recordOutcome(kommune.ctx, { reportId: report.id, outcome: "AFDAEKNING" });
    expect((await clocksOf(reportCase)).some((d) => d.ruleId === "bfu-4-maaneder")).toBe(false);

    await recordOutcome(kommune.ctx, { reportId: report.id, outcome: "BOERNEFAGLIG_UNDERSOEGELSE" });
    await recordOutcome(kommune.ctx, { reportId: report.id, outcome: "BOERNEFAGLIG_UNDERSOEGELSE" });
    const bfu = (await clocksOf(reportCase)).filter((d) => d.ruleId === "bfu-4-maaneder");
    expect(bfu).toHaveLength(1);
    expect(bfu[0]).toMatchObject({ legalReference: "Barnets Lov § 20, stk. 3", orgId: kommune.org.id, status: "OPEN", category: "SOCIALE_FORHOLD" });
    const receivedAt = (await owner().concernReport.findUniqueOrThrow({ where: { id: report.id } })).receivedAt;
    const expected = new Date(receivedAt);
    expected.setMonth(expected.getMonth() + 4);
    expect(Math.abs(bfu[0]!.dueAt.getTime() - expected.getTime())).toBeLessThanOrEqual(3_600_000);
    const task = await owner().task.findFirstOrThrow({ where: { sourceKind: "DEADLINE", sourceId: bfu[0]!.id } });
    expect(task).toMatchObject({ status: "OPEN", title: "Børnefaglig undersøgelse afsluttet", rule: "bfu-4-maaneder" });

    // Another organisation cannot close it; the kommune can, and the task closes with it.
    await expect(act(voksen.ctx, meetDeadline, { caseId: reportCase, deadlineId: bfu[0]!.id })).rejects.toBeInstanceOf(NotFoundError);
    await act(kommune.ctx, meetDeadline, { caseId: reportCase, deadlineId: bfu[0]!.id });
    expect(await owner().deadline.findUniqueOrThrow({ where: { id: bfu[0]!.id } })).toMatchObject({ status: "MET", metAt: expect.any(Date) });
    expect(await owner().task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: "DONE" });
    await expect(act(kommune.ctx, meetDeadline, { caseId: reportCase, deadlineId: bfu[0]!.id })).rejects.toBeInstanceOf(ValidationError);
    expect(await owner().auditEvent.count({ where: { caseId: reportCase, action: "deadline.met" } })).toBe(1);
  });
});

describe("the termin", () => {
  it("gives a new gravid case the earliest day for a decision on placing the unborn child, with no task", async () => {
    const termin = shiftDay(today(), 150);
    const { id } = await createCaseAction(kommune.ctx, createCaseSchema.parse({ kind: "GRAVID", cpr: "0707941234", firstName: "Tea", lastName: "Termin", termin }));
    const [earliest] = await clocksOf(id);
    expect(earliest).toMatchObject({ ruleId: "anbringelse-ufoedt-tidligst", kind: "EARLIEST", legalReference: "Barnets Lov § 49", orgId: kommune.org.id });
    expect(copenhagenDay(earliest!.dueAt)).toBe(copenhagenDay(new Date(new Date(`${termin}T12:00:00Z`).setUTCMonth(new Date(`${termin}T12:00:00Z`).getUTCMonth() - 3))));
    expect(await owner().task.count({ where: { sourceId: earliest!.id } })).toBe(0);
  });
});

describe("events registered by hand", () => {
  it("start the registering organisation's own clocks: barnets plan for the kommune, treatment for the voksenområde", async () => {
    await act(kommune.ctx, registerCaseEvent, { caseId, event: "SUPPORT_DECIDED", day: today() });
    await act(voksen.ctx, registerCaseEvent, { caseId, event: "TREATMENT_REQUESTED_STOF", day: shiftDay(today(), -3) });
    const clocks = await clocksOf(caseId);
    expect(clocks.map((d) => [d.ruleId, d.legalReference, d.orgId, d.category])).toEqual([
      ["barnets-plan-3-maaneder", "Barnets Lov § 91", kommune.org.id, "PLAN"],
      ["stofbehandling-14-dage", "SEL § 101, stk. 4", voksen.org.id, "RUSMIDDEL"],
    ]);
    // 14 calendar days from the start of the day of the request.
    expect(copenhagenDay(clocks[1]!.dueAt)).toBe(shiftDay(today(), 11));
    // A running clock is not started again.
    await expect(act(kommune.ctx, registerCaseEvent, { caseId, event: "SUPPORT_DECIDED", day: today() })).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuse an event the organisation has no clock for, a day in the future or long ago, and change nothing", async () => {
    const before = await clocksOf(caseId);
    const refusals = [
      () => act(voksen.ctx, registerCaseEvent, { caseId, event: "SUPPORT_DECIDED", day: today() }),
      () => act(kommune.ctx, registerCaseEvent, { caseId, event: "INTERVENTION_STARTED", day: shiftDay(today(), 1) }),
      () => act(kommune.ctx, registerCaseEvent, { caseId, event: "INTERVENTION_STARTED", day: shiftDay(today(), -400) }),
    ];
    for (const refusal of refusals) await expect(refusal()).rejects.toBeInstanceOf(ValidationError);
    expect(await clocksOf(caseId)).toEqual(before);
  });

  it("give an outsider NotFoundError for registering and meeting, and change nothing", async () => {
    const before = await clocksOf(caseId);
    await expect(act(outsider.ctx, registerCaseEvent, { caseId, event: "SUPPORT_DECIDED", day: today() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(act(outsider.ctx, meetDeadline, { caseId, deadlineId: before[0]!.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await clocksOf(caseId)).toEqual(before);
  });
});
