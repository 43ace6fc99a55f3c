// Background jobs (ADR 0015) on the test database (real PostgreSQL with
// TEST_DATABASE_URL, else the embedded PGlite): a job sent to the runner is
// worked, has its effect, and writes its audit rows as the system actor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR_NAME } from "@/lib/audit/write";
import { addCalendarDays, addWorkingDays } from "@/lib/domain/calendar";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { freshTenant, owner } from "./helpers";

let runner: JobRunner;

beforeAll(async () => {
  runner = await startJobRunner({ databaseUrl: process.env.DATABASE_URL!, schedule: false, pollingIntervalSeconds: 0.5, log: () => {} });
});
afterAll(async () => {
  await runner.stop();
});

/** Sends one run and waits until pg-boss reports it finished. */
async function runJob(name: string): Promise<{ state: string; output: unknown }> {
  const id = await runner.send(name);
  if (!id) throw new Error(`${name} was not queued`);
  for (let i = 0; i < 100; i++) {
    const run = await runner.run(name, id);
    if (run && ["completed", "failed", "cancelled"].includes(run.state)) return run;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not finish`);
}

describe("task-reminders", () => {
  it("marks open tasks due soon or overdue, once, with one System audit row each", async () => {
    const k = await freshTenant("Kommune");
    const person = await createPerson(owner(), { ownerOrgId: k.org.id, firstName: "Mette", lastName: "Testesen", cpr: "0101901234" });
    const caseId = (await createCase(owner(), { subjectId: person.id, responsibleOrgId: k.org.id, byUser: k.user })).id;
    const now = new Date();
    const task = (title: string, dueAt: Date | null, status: "OPEN" | "DONE" = "OPEN") =>
      owner().task.create({ data: { caseId, orgId: k.org.id, title, dueAt, status, sourceKind: "MANUAL" } });
    const soon = await task("Snart", new Date(now.getTime() + 60 * 60_000));
    const overdue = await task("Overskredet", addCalendarDays(now, -2));
    const later = await task("Senere", addWorkingDays(now, 3));
    const done = await task("Udført", addCalendarDays(now, -1), "DONE");
    const undated = await task("Uden frist", null);

    const run = await runJob("task-reminders");
    expect(run.state).toBe("completed");
    const after = await owner().task.findMany({ where: { caseId }, select: { id: true, remindedAt: true } });
    const reminded = new Set(after.filter((t) => t.remindedAt).map((t) => t.id));
    expect(reminded).toEqual(new Set([soon.id, overdue.id]));
    expect([later.id, done.id, undated.id].some((id) => reminded.has(id))).toBe(false);

    const rows = await owner().auditEvent.findMany({ where: { caseId, action: "task.remind" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.entityId).sort()).toEqual([soon.id, overdue.id].sort());
    for (const row of rows) {
      expect(row).toMatchObject({ userId: null, actorName: SYSTEM_ACTOR_NAME, orgId: k.org.id, orgName: k.org.name, entityType: "Task" });
      expect(row.requestId).toMatch(/^job:/);
    }
    // The sealer job puts them into the hash chain (ADR 0011).
    expect((await runJob("audit-seal")).state).toBe("completed");
    const sealed = await owner().auditEvent.findMany({ where: { caseId, action: "task.remind" }, select: { hash: true } });
    for (const row of sealed) expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await owner().$queryRawUnsafe(`SELECT * FROM audit_verify_chain()`)).toEqual([]);

    // A second run finds nothing new: no second reminder, no second audit row.
    expect((await runJob("task-reminders")).state).toBe("completed");
    expect(await owner().auditEvent.count({ where: { caseId, action: "task.remind" } })).toBe(2);
  });
});
