// The SQL access policy has one readable source: prisma/sql/policies/*.sql
// (ADR 0010). A migrated database must hold exactly what those files define:
// rebuilding every policy, policy function, RLS flag and runtime grant from
// the files (inside a transaction that is rolled back) must leave the
// catalogue as the migrations left it. A migration that changes a policy
// without changing its source file fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const POLICY_DIR = path.join(process.cwd(), "prisma", "sql", "policies");

type Catalogue = Record<string, unknown[]>;

// An ACL as the privileges granted to the runtime roles and PUBLIC, so that a
// default ACL (NULL) and its spelt-out form compare equal.
const acl = (column: string) => `(SELECT string_agg(coalesce(g.rolname, 'PUBLIC') || ':' || x.privilege_type, ',' ORDER BY 1)
  FROM aclexplode(${column}) x LEFT JOIN pg_roles g ON g.oid = x.grantee
  WHERE x.grantee = 0 OR g.rolname IN ('app_runtime', 'app_login'))`;

const CATALOGUE_QUERIES: Record<string, string> = {
  functions: `
    SELECT p.oid::regprocedure::text AS name, pg_get_functiondef(p.oid) AS definition, ${acl("p.proacl")} AS acl
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' AND (p.proname LIKE 'app\\_%' OR p.proname LIKE 'audit\\_%')
    ORDER BY 1`,
  triggers: `
    SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) AS definition
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND NOT t.tgisinternal ORDER BY 1, 2`,
  policies: `
    SELECT tablename, policyname, permissive, roles::text, cmd, qual, with_check
    FROM pg_policies WHERE schemaname = 'public' ORDER BY 1, 2`,
  tables: `
    SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, ${acl("c.relacl")} AS acl
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S') ORDER BY 1`,
  columns: `
    SELECT a.attrelid::regclass::text AS "table", a.attname, ${acl("a.attacl")} AS acl
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND a.attacl IS NOT NULL AND a.attnum > 0 AND ${acl("a.attacl")} IS NOT NULL ORDER BY 1, 2`,
};

// Everything the policy files define, removed so that the files rebuild it
// (dropping the functions drops their triggers).
const TEAR_DOWN = `
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public' LOOP
    EXECUTE format('DROP POLICY %I ON %I', r.policyname, r.tablename);
  END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS fn FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'public' AND (p.proname LIKE 'app\\_%' OR p.proname LIKE 'audit\\_%') LOOP
    EXECUTE format('DROP FUNCTION %s CASCADE', r.fn);
  END LOOP;
  FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') LOOP
    EXECUTE format('ALTER TABLE %I NO FORCE ROW LEVEL SECURITY', r.relname);
    EXECUTE format('ALTER TABLE %I DISABLE ROW LEVEL SECURITY', r.relname);
    EXECUTE format('REVOKE ALL ON %I FROM app_runtime', r.relname);
  END LOOP;
  REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM app_runtime;
END
$$`;

let client: pg.Client;

async function catalogue(): Promise<Catalogue> {
  const result: Catalogue = {};
  for (const [name, sql] of Object.entries(CATALOGUE_QUERIES)) result[name] = (await client.query(sql)).rows;
  return result;
}

function policyFiles(): { name: string; sql: string }[] {
  return readdirSync(POLICY_DIR)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .map((file) => ({ name: file, sql: readFileSync(path.join(POLICY_DIR, file), "utf8") }));
}

/** The catalogue after rebuilding the policy from its files, with `change` applied first; rolled back. */
async function rebuiltFromFiles(change?: string): Promise<Catalogue> {
  await client.query("BEGIN");
  try {
    await client.query(TEAR_DOWN);
    for (const file of policyFiles()) await client.query(file.sql);
    if (change) await client.query(change);
    return await catalogue();
  } finally {
    await client.query("ROLLBACK");
  }
}

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

describe("the SQL policy source files", () => {
  it("exist, one per aggregate, in the order they are applied", () => {
    const names = policyFiles().map((file) => file.name);
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(names).toEqual([...names].sort());
  });

  it("define exactly the policies, functions, RLS flags and grants of the migrated database", async () => {
    const migrated = await catalogue();
    expect((migrated.policies ?? []).length).toBeGreaterThan(30);
    expect(await rebuiltFromFiles()).toEqual(migrated);
  });

  it("would notice a policy, a function body or a grant that differs from its file", async () => {
    const migrated = await catalogue();
    const changes = [
      `ALTER POLICY case_read ON "CaseFile" USING (true)`,
      `CREATE OR REPLACE FUNCTION app_current_org() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT NULL::uuid $$`,
      `GRANT UPDATE ON "Note" TO app_runtime`,
      `ALTER TABLE "Note" NO FORCE ROW LEVEL SECURITY`,
      `DROP TRIGGER case_updated_to_participants ON "CaseFile"`,
    ];
    for (const change of changes) {
      expect({ change, same: JSON.stringify(await rebuiltFromFiles(change)) === JSON.stringify(migrated) }).toEqual({ change, same: false });
    }
  });
});
