// The runtime role cannot bypass row-level security (ARCHITECTURE §5.3) and the
// audit log is insert-only and hash-chained for it (§6).
import { describe, expect, it } from "vitest";
import { audit } from "@/lib/audit/write";
import { withAccess } from "@/lib/db/with-access";
import { freshTenant, owner, rawAsRuntime } from "./helpers";

type ChainProblem = { chainSeq: bigint; problem: string };

async function writeAuditRows(ctx: Parameters<typeof audit>[1], n: number): Promise<bigint[]> {
  const ids: bigint[] = [];
  for (let i = 0; i < n; i++) {
    await withAccess(ctx, (db) => audit(db, ctx, { action: "case.search", details: { query: `søgning ${i}`, tegn: "æøå" } }));
  }
  const rows = await owner().auditEvent.findMany({ where: { orgId: ctx.orgId }, orderBy: { id: "asc" }, select: { id: true } });
  for (const row of rows) ids.push(row.id);
  return ids;
}

function verifyChain(): Promise<ChainProblem[]> {
  return owner().$queryRawUnsafe<ChainProblem[]>(`SELECT * FROM audit_verify_chain()`);
}

describe("the runtime role", () => {
  it("is neither superuser nor BYPASSRLS", async () => {
    const rows = await owner().$queryRawUnsafe<{ rolsuper: boolean; rolbypassrls: boolean }[]>(
      `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'app_runtime'`,
    );
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
  });

  it("is the current user inside withAccess, with the organisation and user set", async () => {
    const { ctx } = await freshTenant("Rolle");
    const [row] = await rawAsRuntime<{ who: string; org: string; usr: string }>(
      ctx,
      `SELECT current_user::text AS who, current_setting('app.org_id') AS org, current_setting('app.user_id') AS usr`,
    );
    expect(row).toEqual({ who: "app_runtime", org: ctx.orgId, usr: ctx.userId });
  });

  it("cannot UPDATE or DELETE audit rows, and the row stays unchanged", async () => {
    const { ctx } = await freshTenant("Revision");
    const [id] = await writeAuditRows(ctx, 1);
    const before = await owner().auditEvent.findUniqueOrThrow({ where: { id: id! } });
    expect(before.action).toBe("case.search");

    await expect(
      withAccess(ctx, (db) => db.$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'x' WHERE id = ${id}`)),
    ).rejects.toThrow(/permission denied/i);
    await expect(
      withAccess(ctx, (db) => db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = ${id}`)),
    ).rejects.toThrow(/permission denied/i);
    await expect(withAccess(ctx, (db) => db.auditEvent.deleteMany({ where: { orgId: ctx.orgId } }))).rejects.toThrow();

    const after = await owner().auditEvent.findUniqueOrThrow({ where: { id: id! } });
    expect(after).toEqual(before);
  });

  it("cannot insert an audit row for another organisation or user", async () => {
    const a = await freshTenant("Skriver");
    const b = await freshTenant("Offer");
    await expect(
      withAccess(a.ctx, (db) => audit(db, { ...a.ctx, orgId: b.org.id, orgName: b.org.name }, { action: "case.open" })),
    ).rejects.toThrow(/row-level security/i);
    await expect(
      withAccess(a.ctx, (db) => audit(db, { ...a.ctx, userId: b.user.id }, { action: "case.open" })),
    ).rejects.toThrow(/row-level security/i);
    expect(await owner().auditEvent.count({ where: { orgId: b.org.id } })).toBe(0);
    expect(await owner().auditEvent.count({ where: { userId: b.user.id } })).toBe(0);
    // The same call with its own context goes through.
    await withAccess(a.ctx, (db) => audit(db, a.ctx, { action: "case.open" }));
    expect(await owner().auditEvent.count({ where: { orgId: a.org.id } })).toBe(1);
  });

  it("cannot read or change the audit chain head", async () => {
    const { ctx } = await freshTenant("Hoved");
    await expect(rawAsRuntime(ctx, `SELECT * FROM audit_chain_head`)).rejects.toThrow(/permission denied/i);
    await expect(
      withAccess(ctx, (db) => db.$executeRawUnsafe(`UPDATE audit_chain_head SET seq = 0`)),
    ).rejects.toThrow(/permission denied/i);
  });
});

describe("the audit hash chain", () => {
  it("links consecutive rows: each prevHash is the previous row's hash", async () => {
    const { ctx } = await freshTenant("Kæde");
    await writeAuditRows(ctx, 3);
    const rows = await owner().auditEvent.findMany({ where: { orgId: ctx.orgId }, orderBy: { chainSeq: "asc" } });
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    for (let i = 1; i < rows.length; i++) {
      const prev = await owner().auditEvent.findUniqueOrThrow({ where: { chainSeq: rows[i]!.chainSeq! - 1n } });
      expect(rows[i]!.prevHash).toBe(prev.hash);
    }
  });

  it("verifies intact after inserts and reports a row tampered with by the owner", async () => {
    const { ctx } = await freshTenant("Manipulation");
    const ids = await writeAuditRows(ctx, 4);
    expect(await verifyChain()).toEqual([]);

    const target = await owner().auditEvent.findUniqueOrThrow({ where: { id: ids[2]! } });
    try {
      await owner().$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'x' WHERE id = ${target.id}`);
      const problems = await verifyChain();
      expect(problems).toEqual([{ chainSeq: target.chainSeq, problem: "row content does not match its hash" }]);
    } finally {
      await owner().$executeRawUnsafe(`UPDATE "AuditEvent" SET action = $1 WHERE id = ${target.id}`, target.action);
    }
    expect(await verifyChain()).toEqual([]);
  });

  it("reports a deleted row as a gap", async () => {
    const { ctx } = await freshTenant("Sletning");
    const ids = await writeAuditRows(ctx, 3);
    const target = await owner().auditEvent.findUniqueOrThrow({ where: { id: ids[1]! } });
    // Delete and put back in one owner transaction that is rolled back.
    const problems = await owner()
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = ${target.id}`);
        const found = await tx.$queryRawUnsafe<ChainProblem[]>(`SELECT * FROM audit_verify_chain()`);
        throw Object.assign(new Error("rollback"), { found });
      })
      .catch((error: { found?: ChainProblem[] }) => error.found);
    expect(problems?.map((p) => p.chainSeq)).toContain(target.chainSeq! + 1n);
    expect(await verifyChain()).toEqual([]);
  });
});
