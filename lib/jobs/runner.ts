import "server-only";
import PgBoss from "pg-boss";
import { ownerClient, type PrismaClient } from "@/lib/db/owner";
import type { JobDefinition } from "./job";
import { JOBS } from "./registry";

// The job runner (ADR 0015): pg-boss on the app's own PostgreSQL (schema
// "pgboss", created and migrated by pg-boss itself), the same in the dev
// server and in `npm run worker`. Jobs connect as the owner.

export type JobRunner = {
  /** Queues one run of a registered job now (tests, or a job started by an action). */
  send(name: string, data?: object): Promise<string | null>;
  /** A run's state ("created", "active", "completed", "failed", ...) and output, or null if unknown. */
  run(name: string, id: string): Promise<{ state: string; output: unknown } | null>;
  stop(): Promise<void>;
};

export type RunnerOptions = {
  databaseUrl: string;
  jobs?: readonly JobDefinition<unknown>[];
  /** Create the cron schedules (default true). Tests send jobs by hand instead. */
  schedule?: boolean;
  /** How often an idle worker asks for work (default 5 s). */
  pollingIntervalSeconds?: number;
  log?: (message: string) => void;
};

const TIME_ZONE = "Europe/Copenhagen";

export async function startJobRunner(options: RunnerOptions): Promise<JobRunner> {
  const { databaseUrl, jobs = JOBS, schedule = true, pollingIntervalSeconds = 5, log = (m) => console.log(`[jobs] ${m}`) } = options;
  // Small pools: the embedded database has one backend for everyone (ADR 0001).
  const boss = new PgBoss({ connectionString: databaseUrl, max: 2, application_name: "samforloeb-jobs", schedule });
  boss.on("error", (error) => log(`fejl: ${error.message}`));
  const db: PrismaClient = ownerClient(databaseUrl, 2);
  await boss.start();

  for (const job of jobs) {
    await ensureQueue(boss, job);
    await boss.work(job.name, { pollingIntervalSeconds }, async ([run]) => {
      if (!run) return;
      try {
        const result = await job.handler({ db, now: new Date(), runId: run.id, log }, run.data);
        log(`${job.name} ${run.id}: ${JSON.stringify(result)}`);
        return result;
      } catch (error) {
        // Rethrown: pg-boss marks the run failed and retries it (retryLimit).
        log(`${job.name} ${run.id} fejlede: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
    });
  }
  if (schedule) {
    await syncSchedules(boss, jobs);
    // And once now, so a restart never waits a whole period (the queue
    // policy drops the run if another instance has one queued already).
    for (const job of jobs) if (job.cron) await boss.send(job.name, {});
  }
  log(`kører ${jobs.map((j) => j.name + (j.cron ? ` (${j.cron})` : "")).join(", ")}`);

  return {
    send: (name, data = {}) => boss.send(name, data),
    async run(name, id) {
      const job = await boss.getJobById(name, id);
      return job ? { state: job.state, output: job.output } : null;
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await db.$disconnect();
    },
  };
}

/** PostgreSQL's error code for a transaction it aborted to break a deadlock. */
const DEADLOCK = "40P01";

/**
 * Creates a job's queue unless it exists. pg-boss 10's create_queue is not
 * serialised: N workers starting at once (a deploy) can deadlock creating
 * the same new queue's partition. PostgreSQL aborts one of them; it retries
 * and finds the queue made. An existing queue is left as it is.
 */
async function ensureQueue(boss: PgBoss, job: JobDefinition<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(job.name)) return;
    try {
      await boss.createQueue(job.name, { name: job.name, policy: job.policy ?? (job.cron ? "stately" : "standard"), retryLimit: 3, retryDelay: 60 });
      return;
    } catch (error) {
      if (attempt >= 5 || (error as { code?: string }).code !== DEADLOCK) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

/** Every periodic job scheduled as the registry says; schedules of removed or now unscheduled jobs dropped. */
async function syncSchedules(boss: PgBoss, jobs: readonly JobDefinition<unknown>[]): Promise<void> {
  for (const job of jobs) {
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: TIME_ZONE });
  }
  const wanted = new Set(jobs.filter((j) => j.cron).map((j) => j.name));
  for (const existing of await boss.getSchedules()) {
    if (!wanted.has(existing.name)) await boss.unschedule(existing.name);
  }
}
