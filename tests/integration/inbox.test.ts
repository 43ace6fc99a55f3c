// The underretning inbox as the runtime role: a professional in another
// tenant submits, the kommune's familieafdeling sees and registers it, and the
// clocks run from the submission. Third organisations see and change nothing,
// checked through the app and through raw SQL under row-level security.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { withAccess } from "@/lib/db/with-access";
import { cprBlindIndex, encryptCpr } from "@/lib/persons/cpr-vault";
import { listIncoming, listSent, registerSubmission, submitConcernReport } from "@/lib/underretninger/inbox";
import { listReporterStatus } from "@/lib/underretninger/queries";
import { submitReportSchema, type SubmitReportInput } from "@/lib/underretninger/schemas";
import { freshTenant, owner, rawAsRuntime, type Tenant, inOrg } from "./helpers";

const CPR = "0202901234";

function futureDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function submission(toOrgId: string, overrides: Partial<SubmitReportInput> = {}) {
  return submitReportSchema.parse({
    idempotencyKey: randomUUID(), toOrgId, reporterProfession: "Jordemoder", reporterContact: "jordemoder@example.test",
    publicEmployee: true, about: "UFOEDT_BARN", cpr: CPR, firstName: "Mette", lastName: "Testesen", termin: futureDay(90),
    observations: "Den gravide fortæller om dagligt forbrug af hash.", substances: "Hash", exposure: "",
    womanInformed: "JA", copyGiven: "NEJ", ...overrides,
  } satisfies SubmitReportInput);
}

type World = { kommune: Tenant; clinic: Tenant; outsider: Tenant };

async function world(): Promise<World> {
  return {
    kommune: await freshTenant("Familieafdeling"),
    clinic: await freshTenant("Familieambulatorium", "JORDEMODER", "FAMILIEAMBULATORIUM"),
    outsider: await freshTenant("Anden kommune"),
  };
}

const selectSubmission = (id: string) => `SELECT id FROM "ConcernReportSubmission" WHERE id = '${id}'::uuid`;

describe("submitting to a kommune", () => {
  it("is visible to the sender and the kommune, and invisible to a third organisation", async () => {
    const w = await world();
    const sent = await submitConcernReport(w.clinic.ctx, submission(w.kommune.org.id));
    expect(sent.duplicate).toBe(false);

    const incoming = await inOrg(w.kommune.ctx, listIncoming);
    expect(incoming.submissions.map((s) => s.id)).toEqual([sent.id]);
    const row = incoming.submissions[0]!;
    expect(row.fromOrgName).toBe(w.clinic.org.name);
    expect(row.dueAt.getTime() - row.submittedAt.getTime()).toBe(24 * 3_600_000);
    expect((await inOrg(w.clinic.ctx, listSent)).map((s) => s.toOrgName)).toEqual([w.kommune.org.name]);

    expect((await inOrg(w.outsider.ctx, listIncoming)).submissions).toEqual([]);
    expect(await inOrg(w.outsider.ctx, listSent)).toEqual([]);
    expect(await rawAsRuntime(w.outsider.ctx, selectSubmission(sent.id))).toEqual([]);
    expect(await rawAsRuntime(w.kommune.ctx, selectSubmission(sent.id))).toHaveLength(1);
    expect(await rawAsRuntime(w.clinic.ctx, selectSubmission(sent.id))).toHaveLength(1);
  });

  it("stores the CPR encrypted with a blind index, never in plain text", async () => {
    const w = await world();
    const sent = await submitConcernReport(w.clinic.ctx, submission(w.kommune.org.id));
    const row = await owner().concernReportSubmission.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row.subjectCprCiphertext).not.toContain(CPR);
    expect(row.subjectCprBlindIndex).toBe(cprBlindIndex(CPR));
    expect(JSON.stringify(row)).not.toContain(CPR);
  });

  it("is idempotent: the same key returns the first submission", async () => {
    const w = await world();
    const input = submission(w.kommune.org.id);
    const first = await submitConcernReport(w.clinic.ctx, input);
    const again = await submitConcernReport(w.clinic.ctx, input);
    expect(again).toEqual({ id: first.id, duplicate: true });
    expect(await owner().concernReportSubmission.count({ where: { fromOrgId: w.clinic.org.id } })).toBe(1);
    const audits = await owner().auditEvent.count({ where: { orgId: w.clinic.org.id, action: "concern-report.submit" } });
    expect(audits).toBe(1);
  });

  it("refuses a recipient that is not a kommune's familieafdeling, in the app and in RLS", async () => {
    const w = await world();
    const other = await freshTenant("Rusmiddelcenter", "BEHANDLER", "RUSMIDDELCENTER");
    await expect(submitConcernReport(w.clinic.ctx, submission(other.org.id))).rejects.toBeInstanceOf(ValidationError);
    await expect(submitConcernReport(w.clinic.ctx, submission(w.clinic.org.id))).rejects.toBeInstanceOf(ValidationError);
    await expect(
      withAccess(w.clinic.ctx, (db) =>
        db.concernReportSubmission.create({
          data: {
            fromOrgId: w.clinic.org.id, fromUserId: w.clinic.user.id, fromUserName: w.clinic.user.name, toOrgId: other.org.id,
            idempotencyKey: randomUUID(), about: "GRAVID", observations: "Bekymring", subjectFirstName: "Mette",
            subjectLastName: "Testesen", subjectCprCiphertext: encryptCpr(CPR), subjectCprBlindIndex: cprBlindIndex(CPR),
          },
          select: { id: true },
        }),
      ),
    ).rejects.toThrow(/row-level security/i);
    expect(await owner().concernReportSubmission.count({ where: { fromOrgId: w.clinic.org.id } })).toBe(0);
  });
});

describe("registering a submission", () => {
  it("creates the report with receivedAt = submittedAt, its deadlines and tasks, and marks the submission", async () => {
    const w = await world();
    const sent = await submitConcernReport(w.clinic.ctx, submission(w.kommune.org.id));
    const { submittedAt } = await owner().concernReportSubmission.findUniqueOrThrow({ where: { id: sent.id } });

    const created = await registerSubmission(w.kommune.ctx, sent.id);
    const report = await owner().concernReport.findUniqueOrThrow({ where: { id: created.id } });
    expect(report).toMatchObject({
      receivingOrgId: w.kommune.org.id, reporterOrgId: w.clinic.org.id, reporterUserId: w.clinic.user.id,
      reporterName: w.clinic.user.name, reporterOrganisation: w.clinic.org.name, reporterKind: "FAGPERSON",
      channel: "DIGITAL_FORMULAR", about: "UFOEDT_BARN", publicEmployee: true,
    });
    expect(report.receivedAt.toISOString()).toBe(submittedAt.toISOString());
    const deadlines = await owner().deadline.findMany({ where: { sourceId: created.id }, orderBy: { dueAt: "asc" } });
    expect(deadlines.map((d) => d.ruleId)).toEqual(["underretning-24t", "kvittering-6-hverdage"]);
    expect(deadlines[0]!.dueAt.getTime()).toBe(submittedAt.getTime() + 24 * 3_600_000);
    expect(await owner().task.count({ where: { sourceKind: "DEADLINE", sourceId: { in: deadlines.map((d) => d.id) } } })).toBe(2);
    const person = await owner().person.findFirstOrThrow({ where: { ownerOrgId: w.kommune.org.id } });
    expect(person.cprBlindIndex).toBe(cprBlindIndex(CPR));

    const marked = await owner().concernReportSubmission.findUniqueOrThrow({ where: { id: sent.id } });
    expect(marked.registeredReportId).toBe(created.id);
    expect(marked.registeredAt).not.toBeNull();
    expect((await inOrg(w.kommune.ctx, listIncoming)).submissions).toEqual([]);
    // The sender now follows it in the reporter status view, not as "Sendt".
    expect(await inOrg(w.clinic.ctx, listSent)).toEqual([]);
    // With whom it was about and who sent it, as the clinic wrote it (its own submission).
    expect((await inOrg(w.clinic.ctx, listReporterStatus)).map((r) => [r.id, r.about, r.sentBy])).toEqual([
      [created.id, "Mette Testesen", w.clinic.user.name],
    ]);
    const actions = await owner().auditEvent.findMany({ where: { orgId: w.kommune.org.id }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["concern-report.create", "concern-report.register"]));
  });

  it("refuses a second registration and creates no second report", async () => {
    const w = await world();
    const sent = await submitConcernReport(w.clinic.ctx, submission(w.kommune.org.id));
    await registerSubmission(w.kommune.ctx, sent.id);
    await expect(registerSubmission(w.kommune.ctx, sent.id)).rejects.toBeInstanceOf(ValidationError);
    expect(await owner().concernReport.count({ where: { receivingOrgId: w.kommune.org.id } })).toBe(1);
  });

  it("gives an outsider and the sender NotFoundError and changes nothing", async () => {
    const w = await world();
    const sent = await submitConcernReport(w.clinic.ctx, submission(w.kommune.org.id));
    const before = await owner().concernReportSubmission.findUniqueOrThrow({ where: { id: sent.id } });
    await expect(registerSubmission(w.outsider.ctx, sent.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(registerSubmission(w.clinic.ctx, sent.id)).rejects.toBeInstanceOf(NotFoundError);
    // Straight at the table: RLS lets neither of them mark it registered.
    for (const t of [w.outsider, w.clinic]) {
      const n = await withAccess(t.ctx, (db) =>
        db.concernReportSubmission.updateMany({ where: { id: sent.id }, data: { registeredAt: new Date() } }),
      );
      expect(n.count).toBe(0);
    }
    expect(await owner().concernReportSubmission.findUniqueOrThrow({ where: { id: sent.id } })).toEqual(before);
    expect(await owner().concernReport.count({ where: { receivingOrgId: { in: [w.outsider.org.id, w.clinic.org.id] } } })).toBe(0);
  });
});
