// Database-level tenant isolation (ARCHITECTURE §5.2): every tenant table has
// ENABLE + FORCE row-level security, another organisation reads none of a
// tenant's rows, no context reads nothing, and participation ends with `until`.
import { beforeAll, describe, expect, it } from "vitest";
import { audit } from "@/lib/audit/write";
import { Prisma } from "@/lib/db/generated/client";
import { withAccess } from "@/lib/db/with-access";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { freshTenant, ident, owner, rawAsRuntime, rawWithoutContext, type Tenant } from "./helpers";

type TableInfo = { table: string; rls: boolean; force: boolean; runtimeAccess: boolean; runtimeSelect: boolean };

async function publicTables(): Promise<TableInfo[]> {
  return owner().$queryRawUnsafe<TableInfo[]>(`
    SELECT c.relname AS "table", c.relrowsecurity AS rls, c.relforcerowsecurity AS force,
           has_table_privilege('app_runtime', c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE') AS "runtimeAccess",
           has_table_privilege('app_runtime', c.oid, 'SELECT') AS "runtimeSelect"
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
    ORDER BY c.relname`);
}

async function rlsTables(): Promise<string[]> {
  return (await publicTables()).filter((t) => t.rls).map((t) => t.table);
}

type Fixture = { a: Tenant; personId: string; caseId: string; noteId: string };

/** Org A with a person (CPR), a case with transitions and a participant, a note and an audit row. */
async function tenantWithCase(label: string, participant?: Tenant): Promise<Fixture> {
  const a = await freshTenant(label);
  const person = await createPerson(owner(), {
    ownerOrgId: a.org.id, firstName: "Mette", lastName: "Testesen", cpr: "0101901234",
  });
  const caseFile = await createCase(owner(), {
    subjectId: person.id, responsibleOrgId: a.org.id, byUser: a.user, stage: "UDREDNING",
    participants: participant ? [{ orgId: participant.org.id, roleOnCase: "Familieambulatorium" }] : [],
  });
  const noteId = await withAccess(a.ctx, async (db) => {
    const note = await db.note.create({
      data: {
        caseId: caseFile.id, authorOrgId: a.org.id, authorUserId: a.user.id, authorName: a.user.name,
        category: "SOCIALE_FORHOLD", text: "Fortroligt notat fra org A",
      },
    });
    await audit(db, a.ctx, { action: "note.create", entityType: "Note", entityId: note.id, caseId: caseFile.id, personId: person.id });
    return note.id;
  });
  return { a, personId: person.id, caseId: caseFile.id, noteId };
}

/** How to pick out the fixture tenant's rows in each RLS table. A new table must be added here. */
function rowsOfA(f: Fixture): Record<string, string> {
  const org = `'${f.a.org.id}'::uuid`;
  const caseId = `'${f.caseId}'::uuid`;
  return {
    Organization: `id = ${org}`,
    User: `id = '${f.a.user.id}'::uuid`,
    Membership: `"orgId" = ${org}`,
    Person: `"ownerOrgId" = ${org}`,
    CaseFile: `"responsibleOrgId" = ${org}`,
    StageTransition: `"caseId" = ${caseId}`,
    CaseParticipant: `"caseId" = ${caseId}`,
    Note: `"authorOrgId" = ${org}`,
    AuditEvent: `"orgId" = ${org}`,
  };
}

async function count(rows: Promise<{ n: number }[]>): Promise<number> {
  return (await rows)[0]?.n ?? -1;
}

describe("row-level security catalogue", () => {
  it("has ENABLE and FORCE row-level security on every Prisma model's table", async () => {
    const tables = new Map((await publicTables()).map((t) => [t.table, t]));
    const models = Object.values(Prisma.ModelName);
    expect(models.length).toBeGreaterThanOrEqual(9);
    for (const model of models) {
      const info = tables.get(model);
      expect(info, `table for model ${model}`).toBeDefined();
      expect({ model, rls: info?.rls, force: info?.force }).toEqual({ model, rls: true, force: true });
    }
  });

  it("forces RLS wherever it is enabled, and the runtime role touches no table without it", async () => {
    for (const t of await publicTables()) {
      if (t.rls) expect({ table: t.table, force: t.force }).toEqual({ table: t.table, force: true });
      if (t.runtimeAccess) expect({ table: t.table, rls: t.rls }).toEqual({ table: t.table, rls: true });
    }
  });
});

describe("cross-tenant reads", () => {
  let fixture: Fixture;
  let b: Tenant;
  let participant: Tenant;
  let tables: string[];

  beforeAll(async () => {
    participant = await freshTenant("Deltager");
    fixture = await tenantWithCase("Org A", participant);
    b = await freshTenant("Org B");
    tables = await rlsTables();
  });

  it("covers every RLS table in the isolation map", () => {
    expect(tables.length).toBeGreaterThanOrEqual(9);
    const mapped = Object.keys(rowsOfA(fixture));
    expect(tables.filter((t) => !mapped.includes(t)), "RLS tables missing from rowsOfA()").toEqual([]);
  });

  it("lets org A see its own rows in every table (so the isolation checks can fail)", async () => {
    const where = rowsOfA(fixture);
    for (const table of tables) {
      const n = await count(rawAsRuntime(fixture.a.ctx, `SELECT count(*)::int AS n FROM ${ident(table)} WHERE ${where[table]}`));
      expect({ table, visible: n > 0 }).toEqual({ table, visible: true });
    }
  });

  it("shows org B none of org A's rows in any table", async () => {
    const where = rowsOfA(fixture);
    for (const table of tables) {
      const rows = await rawAsRuntime(b.ctx, `SELECT * FROM ${ident(table)} WHERE ${where[table]}`);
      expect({ table, rows: rows.length }).toEqual({ table, rows: 0 });
      const owned = await count(owner().$queryRawUnsafe(`SELECT count(*)::int AS n FROM ${ident(table)} WHERE ${where[table]}`));
      expect({ table, existsForOwner: owned > 0 }).toEqual({ table, existsForOwner: true });
    }
  });

  it("hides org A's person and CPR even when B searches by exact blind index", async () => {
    const { cprBlindIndex } = await owner().person.findUniqueOrThrow({ where: { id: fixture.personId }, select: { cprBlindIndex: true } });
    expect(cprBlindIndex).toBeTruthy();
    const rows = await rawAsRuntime(b.ctx, `SELECT id FROM "Person" WHERE "cprBlindIndex" = $1`, cprBlindIndex);
    expect(rows).toEqual([]);
  });

  it("returns zero rows from every table with the runtime role and no context", async () => {
    const info = await publicTables();
    for (const t of info.filter((x) => x.rls && x.runtimeSelect)) {
      const total = await count(owner().$queryRawUnsafe(`SELECT count(*)::int AS n FROM ${ident(t.table)}`));
      expect({ table: t.table, hasRows: total > 0 }).toEqual({ table: t.table, hasRows: true });
      const n = await count(rawWithoutContext(`SELECT count(*)::int AS n FROM ${ident(t.table)}`));
      expect({ table: t.table, n }).toEqual({ table: t.table, n: 0 });
    }
  });

  it("refuses org B writing into org A's case", async () => {
    await expect(
      withAccess(b.ctx, (db) =>
        db.note.create({
          data: {
            caseId: fixture.caseId, authorOrgId: b.org.id, authorUserId: b.user.id, authorName: b.user.name,
            category: "HELBRED", text: "Indtrængen",
          },
        }),
      ),
    ).rejects.toThrow(/row-level security/i);
    expect(await owner().note.count({ where: { caseId: fixture.caseId } })).toBe(1);
  });
});

describe("participating organisations", () => {
  it("see the case, its transitions and notes while participating, and nothing after `until`", async () => {
    const participant = await freshTenant("Deltager");
    const f = await tenantWithCase("Ansvarlig", participant);
    const caseSql = `SELECT id FROM "CaseFile" WHERE id = '${f.caseId}'::uuid`;
    const noteSql = `SELECT id FROM "Note" WHERE id = '${f.noteId}'::uuid`;
    const transitionSql = `SELECT id FROM "StageTransition" WHERE "caseId" = '${f.caseId}'::uuid`;
    const personSql = `SELECT id FROM "Person" WHERE id = '${f.personId}'::uuid`;

    expect(await rawAsRuntime(participant.ctx, caseSql)).toHaveLength(1);
    expect(await rawAsRuntime(participant.ctx, noteSql)).toHaveLength(1);
    expect(await rawAsRuntime(participant.ctx, transitionSql)).toHaveLength(2);
    expect(await rawAsRuntime(participant.ctx, personSql)).toHaveLength(1);

    await owner().caseParticipant.updateMany({
      where: { caseId: f.caseId, orgId: participant.org.id },
      data: { until: new Date() },
    });

    expect(await rawAsRuntime(participant.ctx, caseSql)).toHaveLength(0);
    expect(await rawAsRuntime(participant.ctx, noteSql)).toHaveLength(0);
    expect(await rawAsRuntime(participant.ctx, transitionSql)).toHaveLength(0);
    expect(await rawAsRuntime(participant.ctx, personSql)).toHaveLength(0);
    // The responsible organisation still sees its case.
    expect(await rawAsRuntime(f.a.ctx, caseSql)).toHaveLength(1);
  });
});
