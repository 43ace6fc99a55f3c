#!/usr/bin/env node
// Gives the e2e web server an empty database, right before it starts:
// playwright.config.ts chains this in front of `node scripts/start.mjs start`,
// which then migrates and seeds the demo data. It runs here and not in a
// Playwright globalSetup because Playwright starts the webServer BEFORE
// globalSetup, and not at config load because every Playwright process
// (workers, `--list`, editor plugins) loads the config.
//
//   DATABASE_URL set     -> drop and create that database (its name must end
//                           in "_e2e": playwright.config.ts derives it from
//                           TEST_DATABASE_URL), via the server's "postgres" db
//   SAMFORLOEB_DATA_DIR  -> delete the embedded database's folder (must lie
//                           inside .test-data/)
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { recreateDatabase } from "./lib/database.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function freshE2eDatabase(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name.endsWith("_e2e"))
    throw new Error(`e2e-prepare: refusing to recreate database "${name}" (name must end in "_e2e")`);
  await recreateDatabase(url);
  console.log(`e2e: fresh database ${name} on ${new URL(url).host}`);
}

function clearDataDir(dir) {
  const resolved = path.resolve(root, dir);
  const allowed = path.join(root, ".test-data") + path.sep;
  if (!resolved.startsWith(allowed))
    throw new Error(`e2e-prepare: refusing to delete ${resolved} (must lie inside ${allowed})`);
  rmSync(resolved, { recursive: true, force: true });
  console.log(`e2e: fresh embedded database in ${path.relative(root, resolved)}`);
}

async function main() {
  if (process.env.DATABASE_URL) await freshE2eDatabase(process.env.DATABASE_URL);
  else if (process.env.SAMFORLOEB_DATA_DIR) clearDataDir(process.env.SAMFORLOEB_DATA_DIR);
  else throw new Error("e2e-prepare: set DATABASE_URL or SAMFORLOEB_DATA_DIR (playwright.config.ts does)");
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
