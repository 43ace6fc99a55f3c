#!/usr/bin/env node
// npm run db:migrate | db:seed | db:reset | audit:verify
// Works on DATABASE_URL, or on the embedded database when unset: in
// SAMFORLOEB_DATA_DIR if set (as npm start uses), else .data/pglite.
import "dotenv/config";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { isEmpty, migrate, openDatabase, seed } from "./lib/database.mjs";
import { ensureDevSecrets } from "./lib/secrets.mjs";
import { runPrisma } from "./prisma.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const command = process.argv[2];
const production = process.env.NODE_ENV === "production";
// The same embedded database directory scripts/start.mjs uses.
const dataDir = path.resolve(process.env.SAMFORLOEB_DATA_DIR || path.join(root, ".data", "pglite"));

async function verifyAudit(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: [{ sealed, waiting }] } = await client.query(
      'SELECT count("chainSeq")::int AS sealed, (count(*) - count("chainSeq"))::int AS waiting FROM "AuditEvent"',
    );
    const { rows } = await client.query("SELECT * FROM audit_verify_chain()");
    // Rows not sealed yet are the last few seconds' (the sealing job runs every few seconds, ADR 0011).
    const pending = waiting > 0 ? ` ${waiting} nye hændelser venter på at blive forseglet.` : "";
    if (rows.length === 0) {
      console.log(`Audit-kæden er intakt (${sealed} forseglede hændelser).${pending}`);
      return true;
    }
    for (const row of rows) console.error(`Brud i audit-kæden ved nr. ${row.chainSeq}: ${row.problem}`);
    return false;
  } finally {
    await client.end();
  }
}

async function main() {
  // Like scripts/start.mjs: generated development keys never in production,
  // where data encrypted with them could not be read by the app.
  if (!production) ensureDevSecrets(root);
  if (command === "reset" && !process.env.DATABASE_URL) {
    if (dataDir === path.parse(dataDir).root || dataDir === root) throw new Error(`refusing to delete ${dataDir}: set SAMFORLOEB_DATA_DIR to the database's own directory`);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const db = await openDatabase(root, { dataDir });
  let ok = true;
  try {
    if (command === "migrate") await migrate(db.url);
    else if (command === "seed") {
      if (await isEmpty(db.url)) await seed(root, db.url);
      else console.log("Databasen har allerede data.");
    } else if (command === "reset") {
      if (db.embedded) await migrate(db.url);
      else await runPrisma(["migrate", "reset", "--force"], { DATABASE_URL: db.url });
      await seed(root, db.url);
    } else if (command === "verify-audit") ok = await verifyAudit(db.url);
    else throw new Error(`unknown command "${command}": use migrate, seed, reset or verify-audit`);
  } finally {
    await db.stop();
  }
  if (!ok) process.exit(1);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
