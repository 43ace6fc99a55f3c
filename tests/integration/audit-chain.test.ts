// The audit log is insert-only for requests and sealed into a hash chain by
// the sealer (ADR 0011): requests never wait for each other, and the chain
// detects a changed column, a removed row and an inserted row.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { audit } from "@/lib/audit/write";
import { sealAuditLog } from "@/lib/audit/seal";
import { withAccess } from "@/lib/db/with-access";
import type { AccessContext } from "@/lib/access/context";
import { freshTenant, onRealServer, owner } from "./helpers";

type ChainProblem = { chainSeq: bigint; problem: string };

async function writeAuditRows(ctx: AccessContext, n: number): Promise<bigint[]> {
  for (let i = 0; i < n; i++) {
    await withAccess(ctx, (db) => audit(db, ctx, { action: "case.search", details: { query: `søgning ${i}`, tegn: "æøå" } }));
  }
  const rows = await owner().auditEvent.findMany({ where: { orgId: ctx.orgId }, orderBy: { id: "asc" }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** Seals every committed row (other test files write rows too: the loop runs until none is left). */
async function sealAll(): Promise<void> {
  while ((await sealAuditLog(owner())) > 0);
}

function verifyChain(): Promise<ChainProblem[]> {
  return owner().$queryRawUnsafe<ChainProblem[]>(`SELECT * FROM audit_verify_chain()`);
}

type Tx = Parameters<Parameters<ReturnType<typeof owner>["$transaction"]>[0]>[0];
type LastSealed = { id: bigint; chainSeq: bigint; hash: string };

/**
 * Runs `tamper` as the owner and returns what verification finds, then rolls
 * it all back. The head row is locked first, so no sealer (other test files
 * seal too) moves the chain while the test looks at its end.
 */
async function problemsAfter(tamper: (tx: Tx, last: LastSealed) => Promise<unknown>): Promise<ChainProblem[]> {
  const rollback = new Error("rollback");
  let found: ChainProblem[] = [];
  await owner()
    .$transaction(async (tx) => {
      await tx.$queryRawUnsafe(`SELECT seq FROM audit_chain_head WHERE id FOR UPDATE`);
      const [last] = await tx.$queryRawUnsafe<LastSealed[]>(
        `SELECT id, "chainSeq", hash FROM "AuditEvent" WHERE "chainSeq" IS NOT NULL ORDER BY "chainSeq" DESC LIMIT 1`,
      );
      await tamper(tx, last!);
      found = await tx.$queryRawUnsafe<ChainProblem[]>(`SELECT * FROM audit_verify_chain()`);
      throw rollback;
    })
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
  return found;
}

describe("the audit hash chain", () => {
  it("links sealed rows: each prevHash is the previous row's hash", async () => {
    const { ctx } = await freshTenant("Kæde");
    await writeAuditRows(ctx, 3);
    await sealAll();
    const rows = await owner().auditEvent.findMany({ where: { orgId: ctx.orgId }, orderBy: { chainSeq: "asc" } });
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    for (let i = 1; i < rows.length; i++) {
      const prev = await owner().auditEvent.findFirstOrThrow({ where: { chainSeq: rows[i]!.chainSeq! - 1n } });
      expect(rows[i]!.prevHash).toBe(prev.hash);
    }
    expect(await verifyChain()).toEqual([]);
  });

  it("detects a change to any column of a sealed row, actorName and orgName included", async () => {
    const { ctx } = await freshTenant("Manipulation");
    const ids = await writeAuditRows(ctx, 3);
    await sealAll();
    const target = await owner().auditEvent.findFirstOrThrow({ where: { id: ids[1]! } });
    const changes: Record<string, string> = {
      at: `"at" = "at" + interval '1 second'`,
      userId: `"userId" = gen_random_uuid()`,
      actorName: `"actorName" = 'Nogen anden'`,
      orgId: `"orgId" = gen_random_uuid()`,
      orgName: `"orgName" = 'En anden organisation'`,
      action: `action = 'case.open'`,
      entityType: `"entityType" = 'Note'`,
      entityId: `"entityId" = 'x'`,
      caseId: `"caseId" = gen_random_uuid()`,
      personId: `"personId" = gen_random_uuid()`,
      details: `details = '{"query": "noget andet"}'`,
      requestId: `"requestId" = 'forfalsket'`,
      id: `id = id + 1000000000`,
    };
    for (const [column, set] of Object.entries(changes)) {
      const problems = await problemsAfter((tx) => tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET ${set} WHERE id = $1`, target.id));
      expect({ column, problems }).toEqual({ column, problems: [{ chainSeq: target.chainSeq, problem: "row content does not match its hash" }] });
    }
    expect(await verifyChain()).toEqual([]);
  });

  it("detects a removed row, in the middle and at the end", async () => {
    const { ctx } = await freshTenant("Sletning");
    const ids = await writeAuditRows(ctx, 3);
    await sealAll();
    const middle = await owner().auditEvent.findFirstOrThrow({ where: { id: ids[1]! } });
    const gap = await problemsAfter((tx) => tx.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = $1`, middle.id));
    expect(gap.map((p) => p.chainSeq)).toContain(middle.chainSeq! + 1n);
    const tail = await problemsAfter((tx, last) => tx.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = $1`, last.id));
    expect(tail.map((p) => p.problem)).toContain("chain head does not match the last row");
    expect(await verifyChain()).toEqual([]);
  });

  it("detects an inserted row, even one that carries a correct-looking hash", async () => {
    const { ctx } = await freshTenant("Indsat");
    await writeAuditRows(ctx, 2);
    await sealAll();
    // Appended after the last sealed row, chained to it, without moving the head.
    const appended = await problemsAfter((tx, last) =>
      tx.$executeRawUnsafe(
        `INSERT INTO "AuditEvent" (action, "orgId", "chainSeq", "prevHash", hash) VALUES ('case.open', $1::uuid, $2, $3, repeat('a', 64))`,
        ctx.orgId, last.chainSeq + 1n, last.hash,
      ));
    expect(appended.length).toBeGreaterThan(0);
    // Slipped into the middle: the numbers behind it have to move, which breaks the chain after it.
    const shifted = await problemsAfter(async (tx, last) => {
      await tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET "chainSeq" = -"chainSeq" - 1 WHERE "chainSeq" >= $1`, last.chainSeq);
      await tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET "chainSeq" = -"chainSeq" WHERE "chainSeq" < 0`);
      await tx.$executeRawUnsafe(
        `INSERT INTO "AuditEvent" (action, "orgId", "chainSeq", "prevHash", hash) VALUES ('case.open', $1::uuid, $2, $3, repeat('b', 64))`,
        ctx.orgId, last.chainSeq, last.hash,
      );
    });
    expect(shifted.length).toBeGreaterThan(0);
  });

  // Needs two transactions at once: PGlite runs one at a time.
  it.runIf(onRealServer())("does not make a request wait for another request's open transaction, and skips no row that commits late", async () => {
    const a = await freshTenant("Samtidig A");
    const b = await freshTenant("Samtidig B");
    const slow = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await slow.connect();
    try {
      await slow.query("BEGIN");
      await slow.query(`SELECT set_config('role', 'app_runtime', true), set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`, [a.ctx.orgId, a.ctx.userId]);
      await slow.query(`INSERT INTO "AuditEvent" (action, "orgId", "userId") VALUES ('case.open', $1, $2)`, [a.ctx.orgId, a.ctx.userId]);
      // A's transaction is open and holds its row: B's request still commits at once.
      const started = Date.now();
      await withAccess(b.ctx, (db) => audit(db, b.ctx, { action: "case.open" }));
      expect(Date.now() - started).toBeLessThan(2000);
      // The sealer seals B's committed row and leaves A's, which it cannot see yet.
      await sealAll();
      expect(await owner().auditEvent.count({ where: { orgId: b.org.id, chainSeq: null } })).toBe(0);
      expect(await owner().auditEvent.count({ where: { orgId: a.org.id } })).toBe(0);
      await slow.query("COMMIT");
    } finally {
      await slow.query("ROLLBACK").catch(() => undefined);
      await slow.end();
    }
    // A's row has the lower id but committed later: the next run seals it, nothing is skipped.
    await sealAll();
    const [rowA] = await owner().auditEvent.findMany({ where: { orgId: a.org.id } });
    const [rowB] = await owner().auditEvent.findMany({ where: { orgId: b.org.id } });
    expect(rowA!.id < rowB!.id).toBe(true);
    expect(rowA!.chainSeq! > rowB!.chainSeq!).toBe(true);
    expect(await verifyChain()).toEqual([]);
  });
});
