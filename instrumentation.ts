// Next.js calls register() once per server instance, before it serves
// requests. Background jobs start here in the Node.js runtime only (never in
// the edge runtime, where pg cannot run); lib/jobs/in-app.ts decides whether
// this process runs them (ADR 0015).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startJobsInApp } = await import("./lib/jobs/in-app");
  await startJobsInApp();
}
