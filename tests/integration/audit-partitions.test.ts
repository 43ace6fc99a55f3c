// The audit log by month (ADR 0013): rows land in their month's partition,
// partitions are made ahead idempotently, retention drops whole old months
// (recorded, audited) and the chain of what remains still verifies, and the
// runtime role can neither manage partitions nor read past the parent's policies.
import { describe, expect, it } from "vitest";
import { audit, SYSTEM_ACTOR_NAME } from "@/lib/audit/write";
import { dropExpiredAuditPartitions, ensureAuditPartitions, MONTHS_AHEAD } from "@/lib/audit/partitions";
import { sealAuditLog } from "@/lib/audit/seal";
import { withAccess } from "@/lib/db/with-access";
import { freshTenant, owner, rawAsRuntime } from "./helpers";

/** The month partition's name for a timestamp, as audit_ensure_partitions names it (UTC). */
const partitionOf = (at: Date) => `AuditEvent_${at.getUTCFullYear()}_${String(at.getUTCMonth() + 1).padStart(2, "0")}`;

async function partitionsOfAuditEvent(): Promise<string[]> {
  const rows = await owner().$queryRawUnsafe<{ name: string }[]>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = '"AuditEvent"'::regclass ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

/** Which partition holds each of an organisation's rows, by action. */
async function whereRowsLive(orgId: string): Promise<Record<string, string>> {
  const rows = await owner().$queryRawUnsafe<{ action: string; part: string }[]>(
    `SELECT e.action, c.relname AS part FROM "AuditEvent" e JOIN pg_class c ON c.oid = e.tableoid WHERE e."orgId" = $1::uuid`,
    orgId,
  );
  return Object.fromEntries(rows.map((row) => [row.action, row.part]));
}

/** Old rows, written as the owner (a request cannot choose last year's month: it writes now()). */
async function insertOldRows(orgId: string, ats: string[]): Promise<void> {
  for (const at of ats) {
    await owner().$executeRawUnsafe(`INSERT INTO "AuditEvent" (action, "orgId", at) VALUES ($1, $2::uuid, $3::timestamptz)`, `old ${at}`, orgId, at);
  }
}

async function sealAll(): Promise<void> {
  while ((await sealAuditLog(owner())) > 0);
}

const verifyChain = () => owner().$queryRawUnsafe<{ chainSeq: bigint; problem: string }[]>(`SELECT * FROM audit_verify_chain()`);

describe("the audit log's month partitions", () => {
  it("routes each row to its month's partition, a request's to this month's", async () => {
    const { ctx } = await freshTenant("Partition");
    await ensureAuditPartitions(owner(), new Date("2019-03-15T00:00:00Z"), 1);
    await insertOldRows(ctx.orgId, ["2019-03-31T23:59:59.999Z", "2019-04-01T00:00:00Z"]);
    await withAccess(ctx, (db) => audit(db, ctx, { action: "case.search" }));
    expect(await whereRowsLive(ctx.orgId)).toEqual({
      "old 2019-03-31T23:59:59.999Z": "AuditEvent_2019_03",
      "old 2019-04-01T00:00:00Z": "AuditEvent_2019_04",
      "case.search": partitionOf(new Date()),
    });
  });

  it("refuses a row for a month without a partition (no DEFAULT partition)", async () => {
    const { ctx } = await freshTenant("Uden partition");
    await expect(insertOldRows(ctx.orgId, ["1999-06-01T12:00:00Z"])).rejects.toThrow(/no partition/i);
  });

  it("creates this month and the next three once, and nothing on a second run", async () => {
    const now = new Date();
    await ensureAuditPartitions(owner(), now);
    expect(await ensureAuditPartitions(owner(), now)).toBe(0);
    const names = await partitionsOfAuditEvent();
    for (let ahead = 0; ahead <= MONTHS_AHEAD; ahead++) {
      expect(names).toContain(partitionOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + ahead, 15))));
    }
    // Two callers at once (two workers, a script): the advisory lock makes the second a no-op.
    const later = new Date(Date.UTC(now.getUTCFullYear() + 3, 0, 15));
    const results = await Promise.all([ensureAuditPartitions(owner(), later, 2), ensureAuditPartitions(owner(), later, 2)]);
    expect(results.sort()).toEqual([0, 3]);
  });
});

describe("retention", () => {
  it("drops whole months past the retention period, audits each drop, and the remaining chain still verifies", async () => {
    const { ctx } = await freshTenant("Opbevaring");
    await ensureAuditPartitions(owner(), new Date("2018-01-01T00:00:00Z"), 1);
    await insertOldRows(ctx.orgId, ["2018-01-10T08:00:00Z", "2018-02-20T08:00:00Z", "2018-01-11T08:00:00Z"]);
    await withAccess(ctx, (db) => audit(db, ctx, { action: "case.search" }));
    await sealAll();
    const kept = await owner().auditEvent.findFirstOrThrow({ where: { orgId: ctx.orgId, action: "case.search" } });

    const requestId = `job:test-${ctx.orgId}`;
    const dropped = await dropExpiredAuditPartitions(owner(), 6, requestId);
    expect(dropped).toEqual(expect.arrayContaining([{ partition: "AuditEvent_2018_01", rows: 2 }, { partition: "AuditEvent_2018_02", rows: 1 }]));
    const names = await partitionsOfAuditEvent();
    expect(names).not.toContain("AuditEvent_2018_01");
    expect(names).toContain(partitionOf(new Date()));
    // Whole partitions went; this month's rows stayed.
    expect(await owner().auditEvent.count({ where: { orgId: ctx.orgId } })).toBe(1);
    expect((await owner().auditEvent.findFirstOrThrow({ where: { id: kept.id } })).hash).toBe(kept.hash);

    const drops = await owner().auditEvent.findMany({ where: { requestId, action: "audit.partition-drop" } });
    expect(drops.map((d) => d.entityId).sort()).toEqual(expect.arrayContaining(["AuditEvent_2018_01", "AuditEvent_2018_02"]));
    for (const row of drops) expect(row).toMatchObject({ userId: null, orgId: null, actorName: SYSTEM_ACTOR_NAME, entityType: "AuditEvent" });
    const ranges = await owner().$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_dropped_range WHERE partition_name IN ('AuditEvent_2018_01', 'AuditEvent_2018_02')`,
    );
    expect(ranges[0]!.n).toBeGreaterThan(0);

    await sealAll();
    expect(await verifyChain()).toEqual([]);
    // Only what retention recorded is forgiven: a row deleted by hand is still a gap.
    await expect(
      owner().$transaction(async (tx) => {
        await tx.$queryRawUnsafe(`SELECT seq FROM audit_chain_head WHERE id FOR UPDATE`);
        await tx.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = $1 AND at = $2`, kept.id, kept.at);
        const problems = await tx.$queryRawUnsafe<{ chainSeq: bigint }[]>(`SELECT * FROM audit_verify_chain()`);
        throw new Error(`rollback ${problems.map((p) => p.chainSeq).join(",")}`);
      }),
    ).rejects.toThrow(new RegExp(`rollback .*${kept.chainSeq! + 1n}`));
  });

  it("keeps a partition whose rows are not sealed yet, and never the current months", async () => {
    const { ctx } = await freshTenant("Uforseglet");
    await ensureAuditPartitions(owner(), new Date("2017-05-01T00:00:00Z"), 0);
    const rollback = new Error("rollback");
    let dropped: string[] = [];
    // In one transaction, so no other test's sealer can seal the row first.
    await owner()
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`INSERT INTO "AuditEvent" (action, "orgId", at) VALUES ('old', $1::uuid, '2017-05-02T00:00:00Z')`, ctx.orgId);
        dropped = (await dropExpiredAuditPartitions(tx, 6, "job:test")).map((d) => d.partition);
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
    expect(dropped).not.toContain("AuditEvent_2017_05");
    expect(dropped).not.toContain(partitionOf(new Date()));
    await expect(dropExpiredAuditPartitions(owner(), 0, "job:test")).rejects.toThrow(/keep at least one month/);
  });
});

describe("the runtime role and the partitions", () => {
  it("cannot create, attach, detach or drop partitions, nor run the partition functions", async () => {
    const { ctx } = await freshTenant("Runtime");
    const current = partitionOf(new Date());
    const refused = [
      `CREATE TABLE "AuditEvent_2099_01" PARTITION OF "AuditEvent" FOR VALUES FROM ('2099-01-01') TO ('2099-02-01')`,
      `ALTER TABLE "AuditEvent" DETACH PARTITION "${current}"`,
      `DROP TABLE "${current}"`,
      `TRUNCATE "${current}"`,
      `SELECT audit_ensure_partitions(now(), now() + interval '12 months')`,
      `SELECT * FROM audit_drop_partitions(1)`,
      `DELETE FROM audit_dropped_range`,
    ];
    for (const sql of refused) {
      await expect(rawAsRuntime(ctx, sql), sql).rejects.toThrow(/permission denied|must be owner/i);
    }
    expect(await partitionsOfAuditEvent()).toContain(current);
  });

  it("reads its own rows through the parent only: another organisation's are invisible, a partition directly is refused", async () => {
    const a = await freshTenant("Læser A");
    const b = await freshTenant("Læser B");
    await withAccess(a.ctx, (db) => audit(db, a.ctx, { action: "case.search" }));
    await withAccess(b.ctx, (db) => audit(db, b.ctx, { action: "case.search" }));
    const seen = await rawAsRuntime<{ orgId: string }>(a.ctx, `SELECT "orgId" FROM "AuditEvent" WHERE "orgId" IN ($1::uuid, $2::uuid)`, a.org.id, b.org.id);
    expect(seen.map((row) => row.orgId)).toEqual([a.org.id]);
    await expect(rawAsRuntime(a.ctx, `SELECT count(*) FROM "${partitionOf(new Date())}"`)).rejects.toThrow(/permission denied/i);
  });
});
