// Which database a command uses: DATABASE_URL when set, else the embedded
// PGlite in .data/pglite (started here, stopped by the caller).
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded.mjs";
import { run, runPrisma } from "../prisma.mjs";

export async function openDatabase(root, { dataDir = path.join(root, ".data", "pglite") } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const embedded = await startEmbeddedPostgres({ dataDir });
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}

/**
 * The request pool's login on a real server (ADR 0010): the same server and
 * database as the owner's URL, logged in as app_login, which the migrations
 * create. Without a password (trust or peer auth, as in development and CI):
 * where the server asks for one, set APP_DATABASE_URL yourself.
 */
export function runtimeLoginUrl(ownerUrl) {
  const url = new URL(ownerUrl);
  url.username = "app_login";
  url.password = "";
  return url.toString();
}

/** Drops and creates the database of `url`, through the same server's "postgres" database. */
export async function recreateDatabase(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const quoted = client.escapeIdentifier(name);
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await client.end();
  }
  return name;
}

export function migrate(url) {
  return runPrisma(["migrate", "deploy"], { DATABASE_URL: url });
}

export async function isEmpty(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM "Organization"');
    return rows[0].n === 0;
  } finally {
    await client.end();
  }
}

export function seed(root, url) {
  // react-server condition: server-only modules load outside Next too.
  return run(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
  });
}
