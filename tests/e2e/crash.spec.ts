import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { expect, test } from "@playwright/test";
import { login } from "./helpers";

// Issue 13 item 8, the embedded default as users run it: `npm start` (the
// start script holding PGlite, and Next.js) gets kill -9 during a burst of
// notes posted through the real server action, starts again on the same data
// directory, and every note the server acknowledged is there, with its audit
// row, and the audit chain seals and verifies. Unacknowledged writes may or
// may not be there.

const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const BASE = `http://localhost:${PORT}`;
const ACKS = 60;
const WRITERS = 4;

function startServer(dataDir: string): ChildProcess {
  // detached: its own process group, so kill -9 reaches the start script and Next.js at once.
  return spawn(process.execPath, ["scripts/start.mjs", "start"], {
    cwd: process.cwd(), detached: true, stdio: "ignore",
    // NODE_ENV empty, as playwright.config.ts gives the e2e server: dev secrets, `next start` still production.
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: "", SAMFORLOEB_DATA_DIR: dataDir, NEXTAUTH_URL: BASE, NODE_ENV: "", NEXT_TELEMETRY_DISABLED: "1" } as unknown as NodeJS.ProcessEnv,
  });
}

async function waitForLogin(timeoutMs = 180_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(`${BASE}/login`).then((r) => r.status === 200, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the server did not answer /login");
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", () => resolve()));
}

/** The build's id of addNoteAction (Next.js's server-reference manifest). */
function addNoteActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName: string }> };
  const entry = Object.entries(manifest.node).find(([, e]) => e.exportedName === "addNoteAction");
  if (!entry) throw new Error("addNoteAction is not in the build");
  return entry[0];
}

test("kill -9 of the embedded-database server during a burst of notes loses no acknowledged write, and the audit chain verifies", async ({ browser }) => {
  test.setTimeout(420_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "samforloeb-crash-"));
  let server = startServer(dataDir);
  try {
    await waitForLogin();
    const context = await browser.newContext({ baseURL: BASE });
    const page = await context.newPage();
    await login(page, "sagsbehandler@vejle.demo");
    await page.goto("/sager");
    await page.getByRole("table").getByRole("link").first().click();
    await page.waitForURL(/\/sager\/[0-9a-f-]{36}$/);
    const caseId = new URL(page.url()).pathname.split("/").at(-1)!;
    const actionId = addNoteActionId();
    const stamp = `crash-${Date.now()}`;

    // Writers post notes until ACKS are acknowledged, then the whole server gets SIGKILL mid-burst.
    const acked: string[] = [];
    let killed = false;
    let sent = 0;
    const writer = async () => {
      while (!killed) {
        const n = sent++;
        const response = await page.request.post(`/sager/${caseId}`, {
          headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Origin: BASE, Accept: "text/x-component" },
          data: JSON.stringify([{ caseId, category: "SOCIALE_FORHOLD", text: `${stamp} ${n}` }]),
          failOnStatusCode: false, timeout: 30_000,
        }).catch(() => null);
        const body = response && response.status() === 200 ? await response.text().catch(() => "") : "";
        const id = /"ok":true,"data":\{"id":"([0-9a-f-]{36})"\}/.exec(body)?.[1];
        if (id && !killed) acked.push(id);
        if (acked.length >= ACKS && !killed) {
          killed = true;
          process.kill(-server.pid!, "SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));
    await exited(server);
    await context.close();

    // It starts again on the crashed data directory, then stops cleanly so the test can open the database.
    server = startServer(dataDir);
    await waitForLogin();
    process.kill(-server.pid!, "SIGTERM");
    await exited(server);

    const db = await PGlite.create(dataDir);
    const found = new Set((await db.query<{ id: string }>(`SELECT id::text AS id FROM "Note" WHERE "caseId" = $1::uuid AND text LIKE $2`, [caseId, `${stamp} %`])).rows.map((r) => r.id));
    const audited = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'note.create' AND "entityId" = ANY($1::text[])`, [[...found]])).rows[0]!.n;
    await db.query(`SELECT audit_seal(1000000)`);
    const breaks = (await db.query(`SELECT * FROM audit_verify_chain()`)).rows;
    await db.close();
    const missing = acked.filter((id) => !found.has(id));
    console.log(`kill -9 (npm start, embedded PGlite): ${sent} notes posted, ${acked.length} acknowledged, ${found.size} found after restart, ${missing.length} acknowledged missing; ${audited} with their audit row; ${breaks.length} chain breaks`);
    expect(missing).toEqual([]);
    expect(audited).toBe(found.size);
    expect(breaks).toEqual([]);
  } finally {
    try { process.kill(-server.pid!, "SIGKILL"); } catch { /* already gone */ }
    rmSync(dataDir, { recursive: true, force: true });
  }
});
