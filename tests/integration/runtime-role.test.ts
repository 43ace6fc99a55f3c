// The runtime role cannot bypass row-level security (ARCHITECTURE §5.3) and the
// audit log is insert-only and hash-chained for it (§6).
import { describe, expect, it } from "vitest";
import { audit } from "@/lib/audit/write";
import { withAccess } from "@/lib/db/with-access";
import { freshTenant, onRealServer, owner, rawAsRuntime } from "./helpers";

async function writeAuditRows(ctx: Parameters<typeof audit>[1], n: number): Promise<bigint[]> {
  const ids: bigint[] = [];
  for (let i = 0; i < n; i++) {
    await withAccess(ctx, (db) => audit(db, ctx, { action: "case.search", details: { query: `søgning ${i}`, tegn: "æøå" } }));
  }
  const rows = await owner().auditEvent.findMany({ where: { orgId: ctx.orgId }, orderBy: { id: "asc" }, select: { id: true } });
  for (const row of rows) ids.push(row.id);
  return ids;
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
    const before = await owner().auditEvent.findFirstOrThrow({ where: { id: id! } });
    expect(before.action).toBe("case.search");

    await expect(
      withAccess(ctx, (db) => db.$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'x' WHERE id = ${id}`)),
    ).rejects.toThrow(/permission denied/i);
    await expect(
      withAccess(ctx, (db) => db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = ${id}`)),
    ).rejects.toThrow(/permission denied/i);
    await expect(withAccess(ctx, (db) => db.auditEvent.deleteMany({ where: { orgId: ctx.orgId } }))).rejects.toThrow();

    const after = await owner().auditEvent.findFirstOrThrow({ where: { id: id! } });
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

describe("the request pool's login (app_login)", () => {
  const realServer = onRealServer();

  it.runIf(realServer)("is who a request connects as: NOINHERIT, no superuser, a member of app_runtime only", async () => {
    const { ctx } = await freshTenant("Login");
    const [row] = await rawAsRuntime<{ login: string }>(ctx, `SELECT session_user::text AS login`);
    expect(row?.login).toBe("app_login");
    const roles = await owner().$queryRawUnsafe<{ rolinherit: boolean; rolsuper: boolean; rolbypassrls: boolean; member_of: string[] }[]>(
      `SELECT r.rolinherit, r.rolsuper, r.rolbypassrls,
              ARRAY(SELECT g.rolname::text FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid) AS member_of
       FROM pg_roles r WHERE r.rolname = 'app_login'`,
    );
    expect(roles).toEqual([{ rolinherit: false, rolsuper: false, rolbypassrls: false, member_of: ["app_runtime"] }]);
  });

  it.runIf(realServer)("cannot become the owner: SET ROLE postgres fails inside a request", async () => {
    const { ctx } = await freshTenant("Eskalering");
    await expect(withAccess(ctx, (db) => db.$executeRawUnsafe(`SET ROLE postgres`))).rejects.toThrow(/permission denied/i);
    await expect(withAccess(ctx, (db) => db.$executeRawUnsafe(`SET SESSION AUTHORIZATION postgres`))).rejects.toThrow(/permission denied/i);
  });

  it.runIf(realServer)("reads nothing after RESET ROLE: the login itself holds no privilege", async () => {
    const { ctx } = await freshTenant("Nulstil");
    for (const table of ["CaseFile", "Person", "AuditEvent", "User", "_prisma_migrations"]) {
      await expect(
        withAccess(ctx, async (db) => {
          await db.$executeRawUnsafe(`RESET ROLE`);
          return db.$queryRawUnsafe(`SELECT count(*) FROM "${table}"`);
        }),
        table,
      ).rejects.toThrow(/permission denied|does not exist/i);
    }
  });
});
