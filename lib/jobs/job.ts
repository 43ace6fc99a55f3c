import type { PrismaClient } from "@/lib/db/owner";

// What a background job is (ADR 0015). A job runs as the owner, outside
// row-level security, because it works across organisations; it writes its
// audit rows as the system actor (lib/audit/write.ts auditSystem), never as a user.

export type JobContext = {
  /** The owner client: jobs are the one app path outside row-level security. */
  db: PrismaClient;
  /** The job's start, so one run uses one "now" throughout. */
  now: Date;
  /** pg-boss's id of this run: the audit rows' requestId. */
  runId: string;
  log: (message: string) => void;
};

export type JobDefinition<T = Record<string, never>> = {
  /** pg-boss queue name: letters, digits, "-" and "_" (e.g. "task-reminders", "audit-seal"). */
  name: string;
  /** Five-field cron in Europe/Copenhagen for periodic jobs; without it the job runs only when sent. */
  cron?: string;
  /** One line for the logs and the README. */
  description: string;
  /**
   * pg-boss queue policy. Default: "stately" for periodic jobs (at most one
   * queued and one running, so a slow run is not overtaken by the next),
   * "standard" otherwise.
   */
  policy?: "standard" | "short" | "singleton" | "stately";
  /** What the run did, e.g. { reminded: 3 }: logged and stored as the job's output. */
  handler: (ctx: JobContext, data: T) => Promise<Record<string, unknown>>;
};

/** Keeps each registry entry type-checked against its own data shape. */
export function defineJob<T>(job: JobDefinition<T>): JobDefinition<unknown> {
  return job as JobDefinition<unknown>;
}
