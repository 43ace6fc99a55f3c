// npm run worker: the background jobs as their own process, for production
// (ADR 0015). Runs with the react-server condition (package.json), so the
// server-only guard in lib/ loads outside Next too, like the seed.
import "dotenv/config";
import { startJobRunner } from "@/lib/jobs/runner";

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    // The embedded database lives inside `npm run dev` / `npm start`; nothing else can reach it.
    console.error("npm run worker kræver DATABASE_URL (en PostgreSQL-server). Med den indbyggede database kører baggrundsjob i app-processen.");
    process.exit(1);
  }
  const runner = await startJobRunner({ databaseUrl });
  console.log("Baggrundsjob kører (Ctrl-C stopper).");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Graceful: running jobs finish (up to pg-boss's timeout) before the pool closes.
    await runner.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
