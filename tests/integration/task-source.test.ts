// Tasks know where they come from (ADR 0016): each task names its source
// record, its due date comes from the rule table and the working-day
// calendar, and completing the source completes the task, whoever does it.
import { beforeAll, describe, expect, it } from "vitest";
import { recordConsent, recordStatutoryBasis, withdrawConsent } from "@/lib/consents/actions";
import { addCalendarDays } from "@/lib/domain/calendar";
import { assessReport } from "@/lib/underretninger/actions";
import { createConcernReport } from "@/lib/underretninger/intake";
import { createReportSchema } from "@/lib/underretninger/schemas";
import { WRITTEN_CONSENT_BY_MOTHER } from "@/tests/fixtures/consents";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { act, freshTenant, owner, type Tenant } from "./helpers";

let kommune: Tenant;
let ambulatorium: Tenant;
let caseId: string;

const consentInput = WRITTEN_CONSENT_BY_MOTHER;

beforeAll(async () => {
  kommune = await freshTenant("Kommune");
  ambulatorium = await freshTenant("Familieambulatorium", "JORDEMODER", "FAMILIEAMBULATORIUM");
  const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Mette", lastName: "Testesen", cpr: "0101901234" });
  caseId = (await createCase(owner(), {
    subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user,
    participants: [{ orgId: ambulatorium.org.id, roleOnCase: "Familieambulatorium" }],
  })).id;
});

describe("a consent's expiry reminder", () => {
  it("is linked to the consent and closed when the consent is withdrawn", async () => {
    const { id } = await act(kommune.ctx, recordConsent, { ...consentInput, caseId, recipientOrgIds: [ambulatorium.org.id], categories: ["HELBRED"] });
    const reminder = await owner().task.findFirstOrThrow({ where: { sourceKind: "CONSENT", sourceId: id } });
    expect(reminder).toMatchObject({ rule: "samtykke-udloeber-30-dage", status: "OPEN", orgId: kommune.org.id, completedAt: null });

    await act(kommune.ctx, withdrawConsent, { caseId, consentId: id, reason: "Kvinden trækker samtykket tilbage" });
    const closed = await owner().task.findUniqueOrThrow({ where: { id: reminder.id } });
    expect(closed.status).toBe("DONE");
    expect(closed.completedAt).not.toBeNull();
  });

  it("is closed also when another organisation than its holder withdraws the consent", async () => {
    // A consent the participant recorded (e.g. before responsibility moved):
    // its reminder is the participant's task, which the kommune's request
    // could not update under row-level security. The database closes it.
    const validFrom = new Date();
    const validUntil = addCalendarDays(validFrom, 365);
    const consent = await owner().consent.create({
      data: {
        caseId, recordedByOrgId: ambulatorium.org.id, recordedByUserId: ambulatorium.user.id, givenBy: "MOTHER", givenByName: "Mette Testesen",
        direction: "INDHENTE", purpose: "Indhentning", form: "MUNDTLIGT", validFrom, validUntil,
      },
    });
    const reminder = await owner().task.create({
      data: { caseId, orgId: ambulatorium.org.id, title: "Samtykke udløber", sourceKind: "CONSENT", sourceId: consent.id, rule: "samtykke-udloeber-30-dage" },
    });
    const unrelated = await owner().task.create({ data: { caseId, orgId: ambulatorium.org.id, title: "Andet", sourceKind: "MANUAL" } });

    await act(kommune.ctx, withdrawConsent, { caseId, consentId: consent.id, reason: "Trukket tilbage" });
    expect((await owner().task.findUniqueOrThrow({ where: { id: reminder.id } })).status).toBe("DONE");
    expect((await owner().task.findUniqueOrThrow({ where: { id: unrelated.id } })).status).toBe("OPEN");
  });
});

describe("a statutory basis's follow-up", () => {
  it("comes from the rule table: linked to the basis, due 7 calendar days on", async () => {
    await act(ambulatorium.ctx, recordStatutoryBasis, {
      caseId, code: "SUL_43_2", recipientOrgId: kommune.org.id, categories: ["HELBRED", "RUSMIDDEL"], reason: "Barnets sikkerhed",
    });
    const bases = await owner().sharingBasis.findMany({ where: { caseId, statutoryCode: "SUL_43_2" }, orderBy: { category: "asc" } });
    expect(bases).toHaveLength(2);
    const task = await owner().task.findFirstOrThrow({ where: { caseId, sourceKind: "SHARING_BASIS" } });
    expect(task).toMatchObject({ rule: "sul-43-orientering", orgId: ambulatorium.org.id, ownerUserId: ambulatorium.user.id });
    expect(bases.map((b) => b.id)).toContain(task.sourceId);
    expect(task.dueAt).toEqual(addCalendarDays(bases[0]!.validFrom, 7));
    // The basis itself lasts its default period in calendar days.
    expect(bases[0]!.validTo).toEqual(addCalendarDays(bases[0]!.validFrom, 30));
  });
});

describe("an underretning's clocks", () => {
  it("each task is linked to its deadline, and meeting the deadline completes that task only", async () => {
    const receiver = await freshTenant("Modtager");
    const receivedAt = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", dateStyle: "short", timeStyle: "short" })
      .format(new Date(Date.now() - 60 * 60_000)).replace(" ", "T");
    const report = await createConcernReport(receiver.ctx, createReportSchema.parse({
      idempotencyKey: crypto.randomUUID(), reporterKind: "FAGPERSON", reporterName: "Julie Jordemoder", reporterOrgId: "", reporterOrganisation: "",
      reporterProfession: "Jordemoder", reporterContact: "julie@example.test", channel: "TELEFON", receivedAt, about: "UFOEDT_BARN",
      cpr: "0101901234", firstName: "Mette", lastName: "Testesen", termin: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10), observations: "Dagligt forbrug af hash.",
      substances: "", exposure: "", womanInformed: "JA", copyGiven: "NEJ", publicEmployee: true,
    }));
    const deadlines = await owner().deadline.findMany({ where: { sourceId: report.id } });
    const tasks = await owner().task.findMany({ where: { caseId: report.caseId } });
    expect(tasks.map((t) => [t.sourceKind, t.rule]).sort()).toEqual([["DEADLINE", "kvittering-6-hverdage"], ["DEADLINE", "underretning-24t"]]);
    for (const task of tasks) expect(deadlines.find((d) => d.id === task.sourceId)?.ruleId).toBe(task.rule);

    await assessReport(receiver.ctx, { reportId: report.id, acute: false, reasons: "Ikke akut" });
    const after = await owner().task.findMany({ where: { caseId: report.caseId } });
    expect(Object.fromEntries(after.map((t) => [t.rule, t.status]))).toEqual({ "underretning-24t": "DONE", "kvittering-6-hverdage": "OPEN" });
  });
});
