import "server-only";
import { startJobRunner, type JobRunner } from "./runner";

// Where background jobs run (ADR 0015), chosen by SAMFORLOEB_JOBS, which
// scripts/start.mjs sets: "in-process" for `npm run dev` and for the embedded
// database (no other process can reach it), "worker" when a separate
// `npm run worker` does the work (production), "off" to run none.

const globalForJobs = globalThis as unknown as { samforloebJobs?: Promise<JobRunner | null> };

export function jobsMode(env: Record<string, string | undefined> = process.env): "in-process" | "worker" | "off" {
  const mode = env.SAMFORLOEB_JOBS;
  return mode === "in-process" || mode === "worker" ? mode : "off";
}

/** Called once per server from instrumentation.ts: starts the runner in this process when asked to. */
export function startJobsInApp(): Promise<JobRunner | null> {
  // Kept on globalThis: the dev server may evaluate this module more than once.
  globalForJobs.samforloebJobs ??= start();
  return globalForJobs.samforloebJobs;
}

async function start(): Promise<JobRunner | null> {
  const mode = jobsMode();
  if (mode === "worker") {
    console.log("Baggrundsjob kører i en separat proces (npm run worker).");
    return null;
  }
  if (mode === "off" || !process.env.DATABASE_URL) {
    console.log("Baggrundsjob er slået fra i denne proces (SAMFORLOEB_JOBS er ikke \"in-process\").");
    return null;
  }
  try {
    const runner = await startJobRunner({ databaseUrl: process.env.DATABASE_URL });
    console.log("Baggrundsjob kører i app-processen.");
    return runner;
  } catch (error) {
    // The app still serves requests; the jobs wait for the next start.
    console.error(`Baggrundsjob kunne ikke starte: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
