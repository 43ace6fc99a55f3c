#!/usr/bin/env node
// npm run db:backup [-- FILE]   |   npm run db:restore -- FILE
// DATABASE_URL set: pg_dump / pg_restore in PostgreSQL's custom format (the
// whole database: schema, row-level security, the audit chain, pg-boss).
// Unset: the embedded PGlite in SAMFORLOEB_DATA_DIR (default .data/pglite),
// as one gzipped data-directory dump. Stop the app (and the worker) first:
// PGlite has one process, and a restore replaces everything.
import "dotenv/config";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [command, fileArg] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
const dataDir = path.resolve(process.env.SAMFORLOEB_DATA_DIR || path.join(root, ".data", "pglite"));

/** libpq refuses Prisma's own URL parameters (schema=…): pg_dump gets the URL without them. */
function libpqUrl(raw) {
  const parsed = new URL(raw);
  parsed.searchParams.delete("schema");
  parsed.searchParams.delete("connection_limit");
  return parsed.toString();
}

function defaultFile() {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  mkdirSync(path.join(root, "backups"), { recursive: true });
  return path.join(root, "backups", `samforloeb-${stamp}.${url ? "dump" : "tar.gz"}`);
}

async function backup(file) {
  if (url) {
    execFileSync("pg_dump", ["--format=custom", "--file", file, libpqUrl(url)], { stdio: "inherit" });
  } else {
    if (!existsSync(dataDir)) throw new Error(`Ingen indlejret database i ${dataDir}`);
    const db = await PGlite.create(dataDir);
    try {
      const dump = await db.dumpDataDir("gzip");
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await db.close();
    }
  }
  console.log(`Sikkerhedskopi skrevet: ${file}`);
}

/**
 * pg_restore's own --clean cannot drop the audit log's partitions (their keys
 * are inherited), so the schemas are dropped here instead, and the dump's SQL
 * follows in the same psql transaction: a restore that fails leaves the
 * database as it was. The roles (app_runtime, app_login) live in the server,
 * not the dump, and stay.
 */
function restorePostgres(file) {
  return new Promise((resolve, reject) => {
    const psql = spawn("psql", ["--single-transaction", "--quiet", "-v", "ON_ERROR_STOP=1", "--dbname", libpqUrl(url)], { stdio: ["pipe", "ignore", "inherit"] });
    psql.on("error", reject);
    psql.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`Gendannelsen fejlede (psql ${code}); databasen er uændret.`))));
    psql.stdin.write("SET client_min_messages = warning;\nDROP SCHEMA IF EXISTS pgboss CASCADE;\nDROP SCHEMA public CASCADE;\nCREATE SCHEMA public;\n");
    const dump = spawn("pg_restore", ["--file=-", file], { stdio: ["ignore", "pipe", "inherit"] });
    dump.on("error", reject);
    dump.stdout.pipe(psql.stdin);
    dump.on("close", (code) => {
      if (code !== 0) {
        psql.kill();
        reject(new Error(`pg_restore kunne ikke læse ${file} (${code})`));
      }
    });
  });
}

async function restore(file) {
  if (!file || !existsSync(file)) throw new Error("Angiv sikkerhedskopien: npm run db:restore -- FIL");
  if (url) {
    await restorePostgres(file);
  } else {
    // The current data directory is kept beside the restored one, never deleted.
    if (existsSync(dataDir)) {
      const aside = `${dataDir}.before-restore-${Date.now()}`;
      renameSync(dataDir, aside);
      console.log(`Den hidtidige database er flyttet til ${aside}`);
    }
    const db = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(file)]) });
    await db.query("SELECT 1");
    await db.close();
  }
  console.log(`Gendannet fra ${file}. Kør npm run audit:verify for at efterprøve audit-kæden.`);
}

try {
  if (command === "backup") await backup(path.resolve(fileArg ?? defaultFile()));
  else if (command === "restore") await restore(fileArg && path.resolve(fileArg));
  else throw new Error(`unknown command "${command}": use backup or restore`);
} catch (error) {
  console.error(error.message ?? error);
  process.exit(1);
}
