import type { JobDefinition } from "./job";
import { auditPartitions } from "./audit-partitions";
import { auditRetention } from "./audit-retention";
import { auditSeal } from "./audit-seal";
import { rateLimitCleanup } from "./rate-limit-cleanup";
import { taskReminders } from "./task-reminders";

/**
 * Every background job, one entry each (ADR 0015). Adding a job: write it
 * with defineJob (name, cron if periodic, handler) in its own file under
 * lib/jobs/ and list it here; the runner creates its queue, works it in
 * `npm run worker` and in the dev server, and (un)schedules its cron.
 */
export const JOBS: readonly JobDefinition<unknown>[] = [auditSeal, auditPartitions, auditRetention, taskReminders, rateLimitCleanup];
