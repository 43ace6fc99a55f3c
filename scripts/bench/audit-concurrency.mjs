#!/usr/bin/env node
// npm run bench:audit: audited case views at 1, 5 and 20 concurrent
// connections (pgbench, as the request login app_login), first with the
// insert-only audit log (ADR 0011), then with the former design's chain
// trigger (one head row locked by every audited transaction until commit)
// installed in the same database, so both are measured in one run.
//
// Needs a real PostgreSQL server with pgbench (Debian: postgresql-client).
// Usage: node scripts/bench/audit-concurrency.mjs [--url postgresql://postgres@127.0.0.1:5432/samforloeb_bench_audit] [--seconds 10]
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { migrate, recreateDatabase } from "../lib/database.mjs";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "postgresql://postgres@127.0.0.1:5432/samforloeb_bench_audit" },
    seconds: { type: "string", default: "10" },
  },
});
const url = new URL(values.url);
const CONCURRENCY = [1, 5, 20];

// The former design, as it was: every audited insert locks the one head row.
const LEGACY_TRIGGER = `
CREATE FUNCTION bench_legacy_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE head audit_chain_head%ROWTYPE;
BEGIN
  SELECT * INTO head FROM audit_chain_head WHERE id FOR UPDATE;
  NEW."chainSeq" := head.seq + 1;
  NEW."prevHash" := head.hash;
  NEW.hash := audit_row_digest(head.hash, NEW);
  UPDATE audit_chain_head SET seq = NEW."chainSeq", hash = NEW.hash WHERE id;
  RETURN NEW;
END $$;
CREATE TRIGGER bench_legacy_chain BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION bench_legacy_chain();`;

async function withClient(connectionString, fn) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function freshDatabase() {
  const name = url.pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`database name "${name}": use lower-case letters, digits and _`);
  await recreateDatabase(url.toString());
  await migrate(url.toString());
}

/** One organisation, one user, one case with a few notes: what a case view reads. */
async function fixture(client) {
  const org = randomUUID(), user = randomUUID(), person = randomUUID(), caseId = randomUUID();
  await client.query(`INSERT INTO "Organization" (id, name, type) VALUES ($1, 'Bench Kommune', 'KOMMUNE_FAMILIE')`, [org]);
  await client.query(`INSERT INTO "User" (id, name, email, "passwordHash") VALUES ($1, 'Bench Bruger', $2, 'x')`, [user, `${user}@bench`]);
  await client.query(`INSERT INTO "Membership" (id, "userId", "orgId", role) VALUES ($1, $2, $3, 'SAGSBEHANDLER')`, [randomUUID(), user, org]);
  await client.query(`INSERT INTO "Person" (id, "ownerOrgId", "firstName", "lastName") VALUES ($1, $2, 'Bench', 'Borger')`, [person, org]);
  await client.query(`INSERT INTO "CaseFile" (id, "subjectId", kind, "responsibleOrgId", "updatedAt") VALUES ($1, $2, 'GRAVID', $3, now())`, [caseId, person, org]);
  for (let i = 0; i < 10; i++) {
    await client.query(`INSERT INTO "Note" (id, "caseId", "authorOrgId", "authorUserId", "authorName", category, text) VALUES ($1, $2, $3, $4, 'Bench', 'SOCIALE_FORHOLD', 'Notat')`, [randomUUID(), caseId, org, user]);
  }
  return { org, user, caseId };
}

/** An audited case view: context, the case.open audit row first (as the app writes it), then the page's reads. */
function viewScript({ org, user, caseId }) {
  return `BEGIN;
SELECT set_config('role', 'app_runtime', true), set_config('app.org_id', '${org}', true), set_config('app.user_id', '${user}', true);
INSERT INTO "AuditEvent" ("userId", "actorName", "orgId", "orgName", action, "entityType", "entityId", "caseId") VALUES ('${user}', 'Bench Bruger', '${org}', 'Bench Kommune', 'case.open', 'CaseFile', '${caseId}', '${caseId}');
SELECT id, stage, "responsibleOrgId" FROM "CaseFile" WHERE id = '${caseId}';
SELECT id, text FROM "Note" WHERE "caseId" = '${caseId}' ORDER BY "createdAt" DESC LIMIT 50;
SELECT id, "orgId" FROM "CaseParticipant" WHERE "caseId" = '${caseId}';
SELECT id, action, at FROM "AuditEvent" WHERE "caseId" = '${caseId}' ORDER BY at DESC LIMIT 20;
COMMIT;
`;
}

function pgbench(scriptFile, clients) {
  const login = new URL(url);
  const out = execFileSync("pgbench", [
    "-h", login.hostname, "-p", login.port || "5432", "-U", "app_login", "-n", "-f", scriptFile,
    "-c", String(clients), "-j", String(Math.min(clients, 2)), "-T", values.seconds, url.pathname.slice(1),
  ], { encoding: "utf8", env: { ...process.env, PGPASSWORD: login.password || process.env.PGPASSWORD || "" } });
  const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
  const latency = Number(/latency average = ([\d.]+) ms/.exec(out)?.[1]);
  return { tps, latency };
}

async function main() {
  console.log(`Audit concurrency bench: ${url.host}${url.pathname}, ${values.seconds} s per run, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  await freshDatabase();
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-audit-"));
  const scriptFile = path.join(dir, "view.sql");
  const rows = [];
  await withClient(url.toString(), async (client) => {
    writeFileSync(scriptFile, viewScript(await fixture(client)));
    for (const design of ["insert-only (sealed by the job)", "chain trigger with head lock (before)"]) {
      if (design.startsWith("chain")) await client.query(LEGACY_TRIGGER);
      for (const clients of CONCURRENCY) rows.push({ design, clients, ...pgbench(scriptFile, clients) });
    }
  });
  console.log("\n| design | connections | views/s | mean latency (ms) |\n|---|---|---|---|");
  for (const row of rows) console.log(`| ${row.design} | ${row.clients} | ${row.tps.toFixed(0)} | ${row.latency.toFixed(1)} |`);
  console.log(`\nload at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
