#!/usr/bin/env node
// npm run dev | npm start: one command from a fresh checkout to a running app.
// Without DATABASE_URL it starts the embedded PostgreSQL (PGlite) with data
// in .data/, applies migrations, seeds demo data on the first run, then
// starts Next.js with DATABASE_URL pointing at it (ADR 0001).
import "dotenv/config";
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isEmpty, migrate, openDatabase, runtimeLoginUrl, seed } from "./lib/database.mjs";
import { ensureDevSecrets } from "./lib/secrets.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const mode = process.argv[2] === "start" ? "start" : "dev";
const port = process.env.PORT ?? "3000";
const production = process.env.NODE_ENV === "production";

async function main() {
  if (!production) ensureDevSecrets(root);
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  const db = await openDatabase(root, process.env.SAMFORLOEB_DATA_DIR ? { dataDir: process.env.SAMFORLOEB_DATA_DIR } : {});
  console.log(db.embedded ? `Indbygget database (PGlite) kører på ${new URL(db.url).host}` : "Bruger DATABASE_URL");
  await migrate(db.url);
  // Demo data (with its published password) only where it cannot become real:
  // never in production unless asked for explicitly.
  const demo = !production || process.env.SAMFORLOEB_SEED_DEMO === "1";
  if (demo && (await isEmpty(db.url))) await seed(root, db.url);

  // Background jobs (ADR 0015): in this process for development and for the
  // embedded database (no separate worker can reach it); else `npm run worker`.
  process.env.SAMFORLOEB_JOBS ??= mode === "dev" || db.embedded ? "in-process" : "worker";

  // Requests log in as app_login on a real server (ADR 0010). The embedded
  // database has one user: there they log in as the owner and SET ROLE.
  const appUrl = process.env.APP_DATABASE_URL || (db.embedded ? db.url : runtimeLoginUrl(db.url));
  if (!db.embedded) console.log(`Forespørgsler logger ind som ${decodeURIComponent(new URL(appUrl).username)}`);
  const next = spawn(process.execPath, [path.join(root, "scripts", "next-server.mjs"), mode, "--port", port], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: db.url, APP_DATABASE_URL: appUrl, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (!production) printDemoLogins(port);

  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    // Let Next (and the jobs running in it) finish before the embedded
    // database goes away under their connections; at most a few seconds.
    const exited = next.exitCode === null ? new Promise((resolve) => next.once("exit", resolve)) : Promise.resolve();
    next.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    await db.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));
  next.on("exit", (code) => stop(code ?? 0));
}

async function printDemoLogins(port) {
  const { DEMO_USERS, DEMO_PASSWORD } = await import("./lib/demo-logins.mjs");
  console.log(`\nSamforløb: http://localhost:${port}/login`);
  console.log(`Demo-adgangskode for alle brugere: ${DEMO_PASSWORD}`);
  for (const user of DEMO_USERS) console.log(`  ${user.email.padEnd(38)} ${user.label}`);
  console.log("");
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
