// Background jobs (ADR 0015) on the test database (real PostgreSQL with
// TEST_DATABASE_URL, else the embedded PGlite): a job sent to the runner is
// worked, has its effect, and writes its audit rows as the system actor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR_NAME } from "@/lib/audit/write";
import { addCalendarDays, addWorkingDays } from "@/lib/domain/calendar";
import { defineJob } from "@/lib/jobs/job";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { freshTenant, onRealServer, owner } from "./helpers";

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

describe("N workers", () => {
  // Two runners on one database, as two `npm run worker` processes: a
  // periodic job's queue is "stately" (ADR 0015), so pg-boss holds at most
  // one queued and one running run of it across all workers, whoever sends.
  // Needs two pools side by side: PGlite has one backend.
  it.runIf(onRealServer())("never run one periodic job twice at the same time, however often it is sent", async () => {
    let running = 0;
    let mostAtOnce = 0;
    let runs = 0;
    const slow = defineJob({
      name: "test-stately-slow",
      cron: "0 0 1 1 *",
      description: "test",
      handler: async () => {
        running++;
        runs++;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise((resolve) => setTimeout(resolve, 400));
        running--;
        return {};
      },
    });
    const workers = await Promise.all(
      [1, 2].map(() => startJobRunner({ databaseUrl: process.env.DATABASE_URL!, jobs: [slow], schedule: false, pollingIntervalSeconds: 0.5, log: () => {} })),
    );
    let accepted = 0;
    try {
      for (let batch = 0; batch < 2; batch++) {
        const sent = await Promise.all(Array.from({ length: 6 }, (_, i) => workers[i % 2]!.send(slow.name)));
        // One queued (plus, if a worker already took it, none more than one behind it).
        expect(sent.filter(Boolean).length).toBeGreaterThanOrEqual(batch === 0 ? 1 : 0);
        expect(sent.filter(Boolean).length).toBeLessThanOrEqual(2);
        accepted += sent.filter(Boolean).length;
        await new Promise((resolve) => setTimeout(resolve, 600));
      }
      for (let wait = 0; wait < 40 && runs < accepted; wait++) await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
    // Every accepted send ran exactly once, one at a time, in whichever worker took it.
    expect(mostAtOnce).toBe(1);
    expect(runs).toBe(accepted);
    expect(accepted).toBeLessThanOrEqual(4);
  });
});
