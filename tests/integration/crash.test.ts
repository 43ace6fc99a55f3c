// Issue 13 item 8, the embedded default: SIGKILL the process holding the
// PGlite database in the middle of a burst of writes (a note and its audit
// row per transaction, as the app writes them), open the database again, and
// every write whose COMMIT had returned is there; the audit chain seals and
// verifies. What is not acknowledged may or may not be there.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, expect, it } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "samforloeb-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dataDir = path.join(dir, "pglite");
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "test", DATABASE_URL: "", SAMFORLOEB_DATA_DIR: dataDir };

/** Runs the burst until `acks` writes are acknowledged, then kill -9. */
function burstThenKill(args: string[], acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn("node", ["tests/fixtures/note-burst.mjs", dataDir, ...args], { stdio: ["ignore", "pipe", "inherit"] });
    const acked: string[] = [];
    let buffer = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      acked.push(...lines.filter(Boolean));
      if (acked.length >= acks) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => (signal === "SIGKILL" ? resolve(acked) : reject(new Error(`burst ended without kill (${signal})`))));
  });
}

it("keeps every acknowledged write after kill -9, and the audit chain verifies", async () => {
  execFileSync("node", ["scripts/db.mjs", "migrate"], { env, stdio: "ignore" });
  let db = await PGlite.create(dataDir);
  const org = (await db.query<{ id: string }>(`INSERT INTO "Organization" (id, name, type, settings) VALUES (gen_random_uuid(), 'Crash', 'KOMMUNE_FAMILIE', '{}') RETURNING id`)).rows[0]!.id;
  const user = (await db.query<{ id: string }>(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES (gen_random_uuid(), 'crash@test.samforloeb', 'Crash', 'x') RETURNING id`)).rows[0]!.id;
  const person = (await db.query<{ id: string }>(`INSERT INTO "Person" (id, "ownerOrgId", "firstName", "lastName") VALUES (gen_random_uuid(), $1, 'Crash', 'Test') RETURNING id`, [org])).rows[0]!.id;
  const caseId = (await db.query<{ id: string }>(`INSERT INTO "CaseFile" (id, "subjectId", kind, stage, "responsibleOrgId", "updatedAt") VALUES (gen_random_uuid(), $1, 'GRAVID', 'OPSPORING', $2, now()) RETURNING id`, [person, org])).rows[0]!.id;
  await db.close();

  const acked = await burstThenKill([caseId, org, user], 300);

  db = await PGlite.create(dataDir);
  const found = new Set((await db.query<{ id: string }>(`SELECT id FROM "Note" WHERE "caseId" = $1`, [caseId])).rows.map((r) => r.id));
  const audited = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'note.add'`)).rows[0]!.n;
  await db.query(`SELECT audit_seal(100000)`);
  const breaks = (await db.query(`SELECT * FROM audit_verify_chain()`)).rows;
  await db.close();
  const missing = acked.filter((id) => !found.has(id));
  console.log(`kill -9 (PGlite): ${acked.length} writes acknowledged, ${found.size} notes found after restart, ${missing.length} acknowledged missing; ${audited} audit rows sealed, ${breaks.length} chain breaks`);
  expect(missing).toEqual([]);
  expect(audited).toBe(found.size);
  expect(breaks).toEqual([]);
}, 300_000);
