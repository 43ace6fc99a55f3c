#!/usr/bin/env node
// npm run bench -- [--url postgresql://owner@host/db] [--port 3400] [--duration 10]
//   [--connections 1,20] [--label "..."] [--out docs/benchmarks.md] [--smoke] [--sql-dir DIR]
//   [--servers 1] [--app-url postgresql://app_login@host:6432/db] [--only list,dashboard]
// --servers N starts N `next start` processes on --port, --port + 1, ... and
// spreads the load's connections over them round-robin (several stateless
// app processes behind a load balancer); --app-url is their request pool's
// login (APP_DATABASE_URL), e.g. through PgBouncer (ADR 0014).
// Measures the production build signed in as a demo user: each page at 1 and
// 20 connections (autocannon), then the SQL floor of the list and the case
// page (pgbench replay, with and without row-level security). Needs
// `npm run build` and a database filled by `npm run db:scale`. ADR 0018.
import "dotenv/config";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { ensureDevSecrets } from "../lib/secrets.mjs";
import { DEMO_PASSWORD } from "../lib/demo-logins.mjs";
import { parseArgs } from "../scale/args.mjs";
import { runLoad, probe } from "./load.mjs";
import { login } from "./login.mjs";
import { parseCapture, pgbenchScript, runPgbench } from "./replay.mjs";
import { renderRun, writeRun } from "./report.mjs";
import { startServer, startServers } from "./server.mjs";
import { findTargets, USERS } from "./targets.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const options = parseArgs(process.argv.slice(2), {
  url: process.env.DATABASE_URL ?? "", port: 3400, duration: 10, "pgbench-duration": 0, connections: "1,20",
  label: "", out: "", smoke: false, "sql-dir": "", servers: 1, "app-url": process.env.APP_DATABASE_URL ?? "",
  only: "",
});
const SMOKE_CASES = 1000;

/** The request pool's login for the report, without a password. */
function redactedUrl(url) {
  if (!url) return "";
  const parsed = new URL(url);
  parsed.password = "";
  return `${parsed.username}@${parsed.host}${parsed.pathname}`;
}

const loadAverage = () => os.loadavg().map((n) => n.toFixed(2)).join(" / ");

async function dataSize(client, orgCases) {
  const { rows: [row] } = await client.query(`SELECT (SELECT count(*) FROM "CaseFile")::int AS cases,
    (SELECT count(*) FROM "AuditEvent")::int AS audit, (SELECT count(*) FROM "Person")::int AS persons,
    (SELECT count(*) FROM "Organization")::int AS orgs, version() AS version`);
  return { ...row, orgCases };
}

/**
 * Waits until the database has no active statement of this database left
 * (requests abandoned by a timeout may still run): each measurement starts
 * on an idle database.
 */
async function settle(client) {
  for (let waited = 0; waited < 180_000; waited += 500) {
    const { rows: [row] } = await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`);
    if (row.n === 0) return waited;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return 180_000;
}

/** The statements of one request: sequential requests, so the lines it appended are its own. */
async function captureRequest(server, captureFile, target, cookie) {
  await probe({ base: server.base, path: target.path, cookie, marker: target.marker });
  const before = readFileSync(captureFile, "utf8").length;
  const { ok, detail } = await probe({ base: server.base, path: target.path, cookie, marker: target.marker });
  // A failed request (e.g. a transaction timeout) still shows the SQL it ran, but say so.
  if (!ok) console.warn(`  ADVARSEL: den opsamlede SQL er fra et fejlet svar: ${detail}`);
  return parseCapture(readFileSync(captureFile, "utf8").slice(before));
}

async function main() {
  if (!options.url) throw new Error("set DATABASE_URL or pass --url (the owner connection of the benchmark database)");
  if (options.smoke) {
    options.duration = Math.min(options.duration, 2);
    options.connections = "1,5";
  }
  const pgbenchDuration = options["pgbench-duration"] || options.duration;
  const connections = options.connections.split(",").map(Number);
  if (process.env.NODE_ENV !== "production") ensureDevSecrets(root);

  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  const { rows: [counted] } = await client.query(`SELECT count(*)::int AS n FROM "CaseFile"`);
  if (options.smoke && counted.n < SMOKE_CASES) {
    const generated = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/scale/index.mjs",
      "--cases", String(SMOKE_CASES), "--url", options.url], { cwd: root, stdio: "inherit" });
    if (generated.status !== 0) throw new Error("db:scale failed");
  }
  const { rows: [role] } = await client.query(`SELECT rolsuper OR rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user`);
  if (!role.bypass) throw new Error("the no-RLS replay needs a connection role that bypasses row-level security (superuser or BYPASSRLS)");

  const user = USERS[0];
  /** One sign-in per user on `base`: a target may name its own (the overview is the leader's). */
  const signIn = (base) => {
    const byEmail = new Map();
    return async (target) => {
      const email = target.email ?? user.email;
      if (!byEmail.has(email)) byEmail.set(email, await login(base, email, DEMO_PASSWORD));
      return byEmail.get(email);
    };
  };
  const found = await findTargets(client, user);
  const orgCases = found.orgCases;
  // --only list,dashboard: a shorter run of some targets (their keys in targets.mjs).
  const only = options.only ? new Set(String(options.only).split(",")) : null;
  const targets = only ? found.targets.filter((t) => only.has(t.key)) : found.targets;
  const loadStart = loadAverage();
  const date = new Date().toISOString();
  console.log(`Benchmark som ${user.email}, ${options.duration} s pr. måling, forbindelser ${connections.join(", ")}; load ${loadStart}`);

  // 1. Capture the SQL of the replayed pages on a server that records it.
  const captureFile = path.join(os.tmpdir(), `samforloeb-sql-${process.pid}.jsonl`);
  const captured = new Map();
  rmSync(captureFile, { force: true });
  const appUrl = options["app-url"] || undefined;
  let server = await startServer({ root, port: options.port, databaseUrl: options.url, appUrl, captureFile });
  try {
    const cookies = signIn(server.base);
    for (const target of targets.filter((t) => t.replay)) captured.set(target.key, await captureRequest(server, captureFile, target, await cookies(target)));
  } finally {
    await server.stop();
    rmSync(captureFile, { force: true });
  }

  // 2. HTTP load on a clean server.
  const http = [];
  const servers = await startServers({ root, port: options.port, count: options.servers, databaseUrl: options.url, appUrl });
  try {
    // Signed in on the first process only: the others must accept its session (the app keeps no state).
    const cookies = signIn(servers.bases[0]);
    for (const target of targets) {
      const args = { base: servers.bases, path: target.path, cookie: await cookies(target), marker: target.marker };
      await settle(client);
      let warm;
      for (let i = 0; i < 3; i++) warm = await probe(args); // warm: compiled routes, connection pool, caches
      // Not fatal: a page that fails under this data size is what the run is to show (non-200 counts).
      if (!warm.ok) console.warn(`  ADVARSEL: ${warm.detail}`);
      for (const conns of connections) {
        const waited = await settle(client);
        if (waited > 0) console.log(`  (ventede ${(waited / 1000).toFixed(1)} s på at databasen blev ledig)`);
        const result = await runLoad({ ...args, connections: conns, duration: options.duration });
        http.push({ key: target.key, label: target.label, connections: conns, ...result });
        console.log(`  ${target.label.padEnd(34)} c=${String(conns).padStart(2)}  p50 ${result.p50.toFixed(0)} ms  p95 ${result.p95.toFixed(0)} ms  ${result.rps.toFixed(1)} req/s  non-200 ${result.non200}  forkert side ${result.wrong}`);
      }
    }
  } finally {
    await servers.stop();
  }

  // 3. The SQL floor, with the app server stopped so it does not share the cores.
  const sql = [];
  for (const target of targets.filter((t) => t.replay)) {
    const statements = captured.get(target.key);
    if (options["sql-dir"]) {
      // For EXPLAIN and for whoever tunes the policies: the request's SQL as pgbench runs it.
      mkdirSync(options["sql-dir"], { recursive: true });
      for (const rls of [true, false]) {
        writeFileSync(path.join(options["sql-dir"], `${target.key}.${rls ? "rls" : "norls"}.sql`), pgbenchScript(statements, { rls }));
      }
    }
    for (const conns of connections) {
      await settle(client);
      const rls = runPgbench({ url: options.url, script: pgbenchScript(statements, { rls: true }), connections: conns, duration: pgbenchDuration });
      await settle(client);
      const norls = runPgbench({ url: options.url, script: pgbenchScript(statements, { rls: false }), connections: conns, duration: pgbenchDuration });
      const app = http.find((h) => h.key === target.key && h.connections === conns);
      sql.push({ label: target.label, statements: statements.length, connections: conns, app, rls, norls });
      console.log(`  SQL ${target.label.padEnd(30)} c=${String(conns).padStart(2)}  floor p50 ${rls.p50.toFixed(1)} ms  uden RLS ${norls.p50.toFixed(1)} ms  app/floor ${(app.ok.p50 / rls.p50).toFixed(1)}x  RLS/uden ${(rls.p50 / norls.p50).toFixed(1)}x`);
    }
  }

  const data = await dataSize(client, orgCases);
  await client.end();
  const cpus = os.cpus();
  const run = {
    title: `${options.label || (options.smoke ? "Smoke" : "Run")}: ${data.cases.toLocaleString("en")} cases`,
    date, loadStart, loadEnd: loadAverage(), user: user.email, duration: options.duration, pgbenchDuration, connections,
    topology: { servers: servers.bases.length, appLogin: redactedUrl(appUrl) },
    machine: { cores: cpus.length, cpu: cpus[0]?.model.trim() ?? "?", memoryGb: (os.totalmem() / 2 ** 30).toFixed(1), node: process.version,
      postgres: data.version.split(" on ")[0] },
    data, http, sql,
    notes: [
      `Wrong page = every response that is not a 200 carrying the page's marker (so it includes the non-200s); non-200 counts redirects (e.g. to /login) and HTTP 500s.`,
      `A page slower than the whole measurement gets no autocannon sample: then one request is timed alone (responses = 1).`,
      ...http.filter((r) => r.non200 > 0).map((r) => `${r.label} at ${r.connections} connection${r.connections === 1 ? "" : "s"}: HTTP status counts ${JSON.stringify(r.statuses)}.`),
    ],
  };
  const markdown = renderRun(run);
  console.log(`\n${markdown}`);
  const out = options.out || (options.smoke ? "" : path.join(root, "docs", "benchmarks.md"));
  if (out) {
    writeRun(out, `${options.label || "run"}@${data.cases}`, markdown);
    console.log(`Skrev ${path.relative(root, out)}`);
  }
  const bad = http.reduce((sum, r) => sum + r.non200 + r.wrong + r.errors, 0);
  if (options.smoke && bad > 0) process.exit(1);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
