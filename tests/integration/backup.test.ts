// Issue 13 item 8: npm run db:backup / db:restore round trips, on a real
// PostgreSQL (pg_dump / pg_restore, custom format) and on the embedded PGlite
// (its data-directory dump): back up, change data, restore, and the earlier
// state is back with `npm run audit:verify` finding the chain intact.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { onRealServer } from "./helpers";

const dir = mkdtempSync(path.join(tmpdir(), "samforloeb-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a project script as `npm run …` would, on the given database. */
function script(file: string, args: string[], env: Record<string, string>): string {
  return execFileSync("node", [file, ...args], {
    cwd: process.cwd(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "test", ...env },
  });
}

type Query = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;

/** Three sealed audit rows and an organisation: the state the backup must keep. */
async function before(query: Query) {
  await query(`INSERT INTO "Organization" (id, name, type, settings) VALUES (gen_random_uuid(), 'Før sikkerhedskopien', 'KOMMUNE_FAMILIE', '{}')`);
  await query(`INSERT INTO "AuditEvent" (action) VALUES ('backup.a'), ('backup.b'), ('backup.c')`);
  await query(`SELECT audit_seal(100)`);
}

async function after(query: Query) {
  await query(`UPDATE "Organization" SET name = 'Efter sikkerhedskopien'`);
  await query(`INSERT INTO "AuditEvent" (action) VALUES ('backup.d')`);
  await query(`SELECT audit_seal(100)`);
}

async function state(query: Query) {
  const names = (await query(`SELECT name FROM "Organization" ORDER BY name`)).rows.map((r) => r.name);
  const audit = (await query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action LIKE 'backup.%'`)).rows[0]!.n;
  return { names, audit };
}

describe("backup and restore", () => {
  it.skipIf(!onRealServer())("round-trips a real PostgreSQL database with pg_dump / pg_restore", async () => {
    const main = new URL(process.env.DATABASE_URL!);
    const name = `${main.pathname.slice(1)}_backup`;
    const admin = new pg.Client({ connectionString: main.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(main);
    url.pathname = `/${name}`;
    const env = { DATABASE_URL: url.toString() };
    const client = new pg.Client({ connectionString: url.toString() });
    try {
      script("scripts/db.mjs", ["migrate"], env);
      await client.connect();
      const query: Query = (sql) => client.query(sql);
      await before(query);
      const file = path.join(dir, "pg.dump");
      script("scripts/backup.mjs", ["backup", file], env);
      await after(query);
      expect(await state(query)).toEqual({ names: ["Efter sikkerhedskopien"], audit: 4 });
      await client.end();
      script("scripts/backup.mjs", ["restore", file], env);
      const restored = new pg.Client({ connectionString: url.toString() });
      await restored.connect();
      expect(await state((sql) => restored.query(sql))).toEqual({ names: ["Før sikkerhedskopien"], audit: 3 });
      // Row-level security and the runtime grants came back with the schema.
      const rls = (await restored.query(`SELECT relforcerowsecurity AS f FROM pg_class WHERE relname = 'Note'`)).rows[0]!.f;
      expect(rls).toBe(true);
      await restored.end();
      expect(script("scripts/db.mjs", ["verify-audit"], env)).toContain("Audit-kæden er intakt (3 forseglede hændelser)");
      console.log(`backup (PostgreSQL): 3 sealed audit rows backed up, 1 more and a changed row after, restore found 3 and the chain intact`);
    } finally {
      await client.end().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 180_000);

  it("round-trips the embedded PGlite with its data-directory dump", async () => {
    const dataDir = path.join(dir, "pglite");
    const env = { DATABASE_URL: "", SAMFORLOEB_DATA_DIR: dataDir };
    script("scripts/db.mjs", ["migrate"], env);
    const open = async () => {
      const db = await PGlite.create(dataDir);
      return { db, query: ((sql: string) => db.query(sql)) as unknown as Query };
    };
    let { db, query } = await open();
    await before(query);
    await db.close();
    const file = path.join(dir, "pglite.tar.gz");
    script("scripts/backup.mjs", ["backup", file], env);
    ({ db, query } = await open());
    await after(query);
    expect(await state(query)).toEqual({ names: ["Efter sikkerhedskopien"], audit: 4 });
    await db.close();
    script("scripts/backup.mjs", ["restore", file], env);
    ({ db, query } = await open());
    expect(await state(query)).toEqual({ names: ["Før sikkerhedskopien"], audit: 3 });
    await db.close();
    expect(script("scripts/db.mjs", ["verify-audit"], env)).toContain("Audit-kæden er intakt (3 forseglede hændelser)");
    console.log(`backup (PGlite): 3 sealed audit rows backed up, 1 more and a changed row after, restore found 3 and the chain intact`);
  }, 300_000);
});
