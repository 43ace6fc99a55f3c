#!/usr/bin/env node
// npm run db:scale -- --cases 200000 [--url postgresql://...] [--verify]
// Fills a migrated database with a country's worth of cases, in SQL
// (INSERT ... SELECT over generate_series), on the OWNER connection, in ONE
// transaction: it either adds everything or nothing. Runs on a seeded
// database (it seeds an empty one first) and adds to what is there: the demo
// tenants become two of the 98 kommuner and one of the 5 regions, so demo
// users see many cases. One SQL file per table group in ./sql. See README.
import "dotenv/config";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { isEmpty, seed } from "../lib/database.mjs";
import { ensureDevSecrets } from "../lib/secrets.mjs";
import { parseArgs } from "./args.mjs";
import { cprRows } from "./cpr-pool.mjs";
import { KOMMUNER, REGIONS } from "./kommuner.mjs";
import { insertRows } from "./upload.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const sqlDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "sql");

const options = parseArgs(process.argv.slice(2), { cases: 20000, url: process.env.DATABASE_URL ?? "", verify: false });

function elapsed(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

async function step(label, fn) {
  const started = performance.now();
  const result = await fn();
  console.log(`  ${label.padEnd(34)} ${elapsed(started)}`);
  return result;
}

async function main() {
  if (!options.url) throw new Error("set DATABASE_URL or pass --url (the owner connection of a migrated database)");
  // Generated users sign in with the published demo password: never on a real installation.
  if (process.env.NODE_ENV === "production") throw new Error("db:scale refuses to run with NODE_ENV=production");
  if (!Number.isInteger(options.cases) || options.cases < 4) throw new Error("--cases must be a whole number of at least 4");
  // The same keys the app and the seed use: the generated CPR numbers must be readable by the app.
  if (process.env.NODE_ENV !== "production") ensureDevSecrets(root);
  if (await isEmpty(options.url)) await seed(root, options.url);

  const started = performance.now();
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  const cases = options.cases;
  // A quarter are the unborn children's own cases (BARN), linked to their mother's.
  const mothers = cases - Math.floor(cases / 4);
  console.log(`Genererer ${cases} sager (${mothers} gravide, ${cases - mothers} ufødte børn) ...`);
  try {
    await client.query("SET synchronous_commit = off");
    await client.query("SET work_mem = '64MB'");
    await client.query("SET maintenance_work_mem = '256MB'");
    const { rows: [hash] } = await client.query(`SELECT "passwordHash" FROM "User" ORDER BY "createdAt", email LIMIT 1`);
    if (!hash) throw new Error("the database has no users: run `npm run db:seed` first");
    await client.query("BEGIN");
    await client.query(
      `SELECT set_config('scale.cases', $1, true), set_config('scale.mothers', $2, true),
              set_config('scale.now', now()::text, true), set_config('scale.password_hash', $3, true)`,
      [String(cases), String(mothers), hash.passwordHash],
    );
    await step("kommuner og regioner", async () => {
      await client.query(`CREATE TEMP TABLE scale_kommune (idx int, code text, name text, region text, lo float8) ON COMMIT DROP`);
      await client.query(`CREATE TEMP TABLE scale_region (code text, name text) ON COMMIT DROP`);
      const total = KOMMUNER.reduce((sum, k) => sum + k.weight, 0);
      let lo = 0;
      const rows = KOMMUNER.map((k, i) => {
        const row = [i + 1, k.code, k.name, k.region, lo / total];
        lo += k.weight;
        return row;
      });
      await insertRows(client, "scale_kommune", ["idx", "code", "name", "region", "lo"], ["int", "text", "text", "text", "float8"], rows);
      await insertRows(client, "scale_region", ["code", "name"], ["text", "text"], REGIONS.map((r) => [r.code, r.name]));
    });
    await step(`CPR-numre (${mothers}, krypteret i Node)`, async () => {
      await client.query(`CREATE TEMP TABLE scale_cpr (n int PRIMARY KEY, ciphertext text, blind_index text, birth_date date) ON COMMIT DROP`);
      await insertRows(client, "scale_cpr", ["n", "ciphertext", "blind_index", "birth_date"], ["int", "text", "text", "date"], cprRows(mothers));
    });
    for (const file of readdirSync(sqlDir).filter((f) => f.endsWith(".sql")).sort()) {
      await step(file, () => client.query(readFileSync(path.join(sqlDir, file), "utf8")));
    }
    await step("COMMIT", () => client.query("COMMIT"));
    await step("ANALYZE", () => client.query("ANALYZE"));
    const { rows: [counts] } = await client.query(`SELECT (SELECT count(*) FROM "CaseFile")::int AS cases,
      (SELECT count(*) FROM "AuditEvent")::int AS audit, (SELECT count(*) FROM "Organization")::int AS orgs`);
    console.log(`Færdig på ${elapsed(started)}: ${counts.cases} sager, ${counts.audit} audit-hændelser, ${counts.orgs} organisationer i alt.`);
    if (options.verify) {
      const { rows } = await step("audit_verify_chain()", () => client.query("SELECT * FROM audit_verify_chain() LIMIT 5"));
      if (rows.length > 0) throw new Error(`audit-kæden er brudt ved nr. ${rows[0].chainSeq}: ${rows[0].problem}`);
      console.log("Audit-kæden er intakt.");
    }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
