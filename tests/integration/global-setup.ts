// Integration tests' one database: TEST_DATABASE_URL (a real PostgreSQL, its
// public schema wiped first) or else an in-memory PGlite. Migrated once, then
// handed to the test workers with `provide` together with per-run secrets.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";

// The plain-JS helpers ship no type declarations: import them by URL with
// their signatures spelt out here.
type EmbeddedModule = {
  startEmbeddedPostgres(options: { dataDir?: string }): Promise<{ url: string; stop(): Promise<void> }>;
};
type DatabaseModule = { migrate(url: string): Promise<void>; runtimeLoginUrl(ownerUrl: string): string };
const load = <T>(relative: string): Promise<T> => import(new URL(relative, import.meta.url).href) as Promise<T>;

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    appDatabaseUrl: string;
    cprEncryptionKey: string;
    cprIndexKey: string;
    nextAuthSecret: string;
  }
}

async function resetSchema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Roles are cluster-wide and survive; everything in the schema does not.
    await client.query("DROP SCHEMA IF EXISTS public CASCADE");
    await client.query("CREATE SCHEMA public");
    // The job queue (pg-boss) migrates its own schema; a clean one per run
    // keeps an earlier run's queued jobs out of this one.
    await client.query("DROP SCHEMA IF EXISTS pgboss CASCADE");
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let url: string;
  // The request pool's login: app_login on a real server (ADR 0010). The
  // embedded database has one user, so there requests log in as the owner.
  let appUrl: string;
  let stop: () => Promise<void> = async () => {};
  const { migrate, runtimeLoginUrl } = await load<DatabaseModule>("../../scripts/lib/database.mjs");
  if (process.env.TEST_DATABASE_URL) {
    url = process.env.TEST_DATABASE_URL;
    await resetSchema(url);
    appUrl = runtimeLoginUrl(url);
  } else {
    const { startEmbeddedPostgres } = await load<EmbeddedModule>("../../lib/db/embedded.mjs");
    const embedded = await startEmbeddedPostgres({ dataDir: "memory://" });
    url = embedded.url;
    appUrl = url;
    stop = embedded.stop;
  }
  try {
    await migrate(url);
  } catch (error) {
    await stop();
    throw error;
  }

  const secret = () => randomBytes(32).toString("base64");
  project.provide("databaseUrl", url);
  project.provide("appDatabaseUrl", appUrl);
  project.provide("cprEncryptionKey", secret());
  project.provide("cprIndexKey", secret());
  project.provide("nextAuthSecret", secret());

  return async () => {
    await stop();
  };
}
