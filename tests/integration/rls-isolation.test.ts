// Database-level tenant isolation (ARCHITECTURE §5.2): every tenant table has
// ENABLE + FORCE row-level security, another organisation reads none of a
// tenant's rows, no context reads nothing, and participation ends with `until`.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { audit } from "@/lib/audit/write";
import { MODEL_NAMES } from "@/lib/db/owner";
import { withAccess } from "@/lib/db/with-access";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { freshTenant, ident, owner, rawAsRuntime, rawWithoutContext, type Tenant } from "./helpers";

type TableInfo = { table: string; rls: boolean; force: boolean; runtimeAccess: boolean; runtimeSelect: boolean; runtimeClosed: boolean };

async function publicTables(): Promise<TableInfo[]> {
  return owner().$queryRawUnsafe<TableInfo[]>(`
    SELECT c.relname AS "table", c.relrowsecurity AS rls, c.relforcerowsecurity AS force,
           has_table_privilege('app_runtime', c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE') AS "runtimeAccess",
           has_table_privilege('app_runtime', c.oid, 'SELECT') AS "runtimeSelect",
           NOT has_any_column_privilege('app_runtime', c.oid, 'SELECT') AS "runtimeClosed"
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
    ORDER BY c.relname`);
}

/** RLS tables the runtime role reads at all; the closed ones (sign-in secrets) are read on the system path only. */
async function rlsTables(): Promise<{ open: string[]; closed: string[] }> {
  const rls = (await publicTables()).filter((t) => t.rls);
  return { open: rls.filter((t) => !t.runtimeClosed).map((t) => t.table), closed: rls.filter((t) => t.runtimeClosed).map((t) => t.table) };
}

type Fixture = { a: Tenant; personId: string; caseId: string; noteId: string };

/** A fictitious CPR that differs per fixture (no test depends on another's person). */
function randomCpr(): string {
  const n = Math.floor(Math.random() * 1e9);
  return `${String(1 + (n % 28)).padStart(2, "0")}${String(1 + (n % 12)).padStart(2, "0")}9${n % 10}${String(n % 10_000).padStart(4, "0")}`;
}

/**
 * Org A with a row in every tenant table: a person with CPR, a case with
 * transitions and a participant, a note and an audit row (written as A through
 * withAccess), and as owner an underretning, deadline, task, consent, sharing
 * basis (to the participant), disclosure, coordinator assignment, and an
 * inbox submission from the participant.
 */
async function tenantWithCase(label: string, participant: Tenant): Promise<Fixture> {
  const a = await freshTenant(label);
  const person = await createPerson(owner(), { ownerOrgId: a.org.id, firstName: "Mette", lastName: "Testesen", cpr: randomCpr() });
  const c = await createCase(owner(), {
    subjectId: person.id, responsibleOrgId: a.org.id, byUser: a.user, stage: "UDREDNING",
    participants: [{ orgId: participant.org.id, roleOnCase: "Familieambulatorium" }],
  });
  const noteId = await withAccess(a.ctx, async (db) => {
    const note = await db.note.create({
      data: {
        caseId: c.id, authorOrgId: a.org.id, authorUserId: a.user.id, authorName: a.user.name,
        category: "SOCIALE_FORHOLD", text: "Fortroligt notat fra org A",
      },
    });
    await audit(db, a.ctx, { action: "note.create", entityType: "Note", entityId: note.id, caseId: c.id, personId: person.id });
    return note.id;
  });
  const by = { byUserId: a.user.id, byName: a.user.name };
  const now = new Date();
  const db = owner();
  await db.concernReport.create({
    data: {
      caseId: c.id, receivingOrgId: a.org.id, reporterKind: "FAGPERSON", channel: "TELEFON", receivedAt: now, about: "GRAVID",
      observations: "Bekymring", idempotencyKey: randomUUID(), createdByUserId: a.user.id, createdByName: a.user.name,
    },
  });
  await db.deadline.create({ data: { caseId: c.id, orgId: a.org.id, ruleId: "test", label: "Frist", legalReference: "§ 0", dueAt: now } });
  await db.task.create({ data: { caseId: c.id, orgId: a.org.id, title: "Opgave", sourceKind: "MANUAL" } });
  const consent = await db.consent.create({
    data: {
      caseId: c.id, recordedByOrgId: a.org.id, recordedByUserId: a.user.id, givenBy: "MOTHER", givenByName: "Mette Testesen",
      direction: "VIDEREGIVE", purpose: "Samarbejde", form: "SKRIFTLIGT", validFrom: now, validUntil: new Date(now.getTime() + 86_400_000 * 365),
    },
  });
  await db.sharingBasis.create({
    data: {
      caseId: c.id, recipientOrgId: participant.org.id, category: "SOCIALE_FORHOLD", kind: "CONSENT", consentId: consent.id,
      grantedByOrgId: a.org.id, grantedByName: a.user.name, validFrom: new Date(now.getTime() - 60_000),
    },
  });
  await db.disclosure.create({
    data: {
      caseId: c.id, recordType: "Note", recordId: noteId, category: "SOCIALE_FORHOLD", fromOrgId: a.org.id,
      toOrgId: participant.org.id, toUserId: participant.user.id, toUserName: participant.user.name, purpose: "Samarbejde",
    },
  });
  await db.coordinatorAssignment.create({ data: { caseId: c.id, orgId: a.org.id, handoverNote: "Overdragelse", ...by } });
  await db.noteAmendment.create({ data: { noteId, kind: "ANNULLED", reason: "Forkert sag", byOrgId: a.org.id, ...by } });
  await db.stamdataChange.create({ data: { caseId: c.id, personId: person.id, orgId: a.org.id, kind: "NAME", oldValue: "Mette Test", newValue: "Mette Testesen", ...by } });
  // An inbox submission from the participant to A: neither side's row is org B's.
  await db.concernReportSubmission.create({
    data: {
      fromOrgId: participant.org.id, fromUserId: participant.user.id, fromUserName: participant.user.name, toOrgId: a.org.id,
      idempotencyKey: randomUUID(), about: "GRAVID", observations: "Bekymring", subjectFirstName: "Mette", subjectLastName: "Testesen",
      subjectCprCiphertext: "x", subjectCprBlindIndex: "x",
    },
  });
  // A meeting A convened, inviting the participant, with agenda, an approved referat with an addendum, and A's calendar feed.
  const meeting = await db.meeting.create({
    data: {
      caseId: c.id, conveningOrgId: a.org.id, type: "KOORDINATIONSMOEDE", startsAt: now, endsAt: new Date(now.getTime() + 3_600_000),
      place: "Rådhuset", idempotencyKey: randomUUID(), createdByUserId: a.user.id, createdByName: a.user.name,
      invitees: { create: [{ caseId: c.id, kind: "PROFESSIONAL", orgId: participant.org.id, userId: participant.user.id, name: participant.user.name }] },
      changes: { create: [{ caseId: c.id, orgId: a.org.id, summary: "Tid ændret", reason: "Lokale", byName: a.user.name }] },
      agenda: { create: { caseId: c.id, authorOrgId: a.org.id, text: "Fortrolig dagsorden" } },
    },
  });
  const minutes = await db.meetingMinutes.create({
    data: {
      meetingId: meeting.id, caseId: c.id, authorOrgId: a.org.id, problem: "P", conclusion: "K", plan: "Pl", roles: "R",
      writtenByName: a.user.name, status: "APPROVED", approvedAt: now, approvedByName: a.user.name,
    },
  });
  await db.meetingMinutesAddendum.create({ data: { minutesId: minutes.id, caseId: c.id, authorOrgId: a.org.id, text: "Tillæg", ...by } });
  await db.calendarFeed.create({ data: { userId: a.user.id, tokenHash: randomUUID() } });
  await db.userSession.create({ data: { userId: a.user.id } });
  await db.passwordToken.create({ data: { userId: a.user.id, tokenHash: randomUUID(), expiresAt: now } });
  await db.recoveryCode.create({ data: { userId: a.user.id, codeHash: "x" } });
  await db.externalIdentity.create({ data: { userId: a.user.id, issuer: "https://idp.test", subject: randomUUID() } });
  // A's plan with a draft version, a goal, an intervention with progress, a contact, and A's own catalogue entry.
  const entry = await db.interventionCatalogueEntry.create({
    data: { code: `T-${randomUUID()}`, kommuneOrgId: a.org.id, name: "Egen indsats", legalBasis: "Barnets Lov § 32", track: "SOCIAL", category: "SOCIALE_FORHOLD", deliveredBy: ["KOMMUNE_FAMILIE"], funding: "Kommunen" },
  });
  const plan = await db.plan.create({ data: { caseId: c.id, ownerOrgId: a.org.id, kind: "BARNETS_PLAN", createdByName: a.user.name } });
  const version = await db.planVersion.create({
    data: { planId: plan.id, caseId: c.id, ownerOrgId: a.org.id, number: 1, purpose: "Fortroligt formål", createdByUserId: a.user.id, createdByName: a.user.name, updatedByName: a.user.name },
  });
  const key = randomUUID();
  await db.planGoal.create({ data: { versionId: version.id, caseId: c.id, ownerOrgId: a.org.id, key: randomUUID(), position: 0, title: "Mål", targetDate: now } });
  await db.planContact.create({ data: { versionId: version.id, caseId: c.id, ownerOrgId: a.org.id, orgId: a.org.id, name: "Kontakt", position: 0 } });
  await db.planIntervention.create({
    data: {
      versionId: version.id, versionNumber: 1, planId: plan.id, caseId: c.id, authorOrgId: a.org.id, responsibleOrgId: a.org.id, category: "SOCIALE_FORHOLD",
      key, position: 0, track: "SOCIAL", catalogueEntryId: entry.id, title: "Egen indsats", startDate: now, followUpDate: now, frequency: "Hver uge",
    },
  });
  await db.planInterventionProgress.create({ data: { planId: plan.id, caseId: c.id, interventionKey: key, authorOrgId: a.org.id, category: "SOCIALE_FORHOLD", kind: "STARTET", on: now, ...by } });
  return { a, personId: person.id, caseId: c.id, noteId };
}

/** How to pick out the fixture tenant's rows in each RLS table. A new table must be added here. */
function rowsOfA(f: Fixture): Record<string, string> {
  const org = `'${f.a.org.id}'::uuid`;
  const caseId = `"caseId" = '${f.caseId}'::uuid`;
  return {
    Organization: `id = ${org}`,
    User: `id = '${f.a.user.id}'::uuid`,
    Membership: `"orgId" = ${org}`,
    Person: `"ownerOrgId" = ${org}`,
    CaseFile: `"responsibleOrgId" = ${org}`,
    StageTransition: caseId,
    CaseParticipant: caseId,
    Note: `"authorOrgId" = ${org}`,
    NoteAmendment: `"byOrgId" = ${org}`,
    AuditEvent: `"orgId" = ${org}`,
    ConcernReport: `"receivingOrgId" = ${org}`,
    Deadline: `"orgId" = ${org}`,
    Task: `"orgId" = ${org}`,
    Consent: caseId,
    SharingBasis: caseId,
    Disclosure: caseId,
    CoordinatorAssignment: caseId,
    StamdataChange: caseId,
    ConcernReportSubmission: `"toOrgId" = ${org}`,
    Meeting: caseId,
    MeetingInvitee: caseId,
    MeetingChange: caseId,
    MeetingAgenda: caseId,
    MeetingMinutes: caseId,
    MeetingMinutesAddendum: caseId,
    CalendarFeed: `"userId" = '${f.a.user.id}'::uuid`,
    UserSession: `"userId" = '${f.a.user.id}'::uuid`,
    PasswordToken: `"userId" = '${f.a.user.id}'::uuid`,
    RecoveryCode: `"userId" = '${f.a.user.id}'::uuid`,
    ExternalIdentity: `"userId" = '${f.a.user.id}'::uuid`,
    Plan: caseId,
    PlanVersion: caseId,
    PlanGoal: caseId,
    PlanIntervention: caseId,
    PlanInterventionProgress: caseId,
    PlanContact: caseId,
    InterventionCatalogueEntry: `"kommuneOrgId" = ${org}`,
    // No tenant rows: rate-limit counters, closed to the runtime role (ADR 0031).
    RateLimit: "true",
  };
}

async function count(rows: Promise<{ n: number }[]>): Promise<number> {
  return (await rows)[0]?.n ?? -1;
}

describe("row-level security catalogue", () => {
  it("has ENABLE and FORCE row-level security on every Prisma model's table", async () => {
    const tables = new Map((await publicTables()).map((t) => [t.table, t]));
    const models = [...MODEL_NAMES];
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
  let closed: string[];

  beforeAll(async () => {
    participant = await freshTenant("Deltager");
    fixture = await tenantWithCase("Org A", participant);
    b = await freshTenant("Org B");
    ({ open: tables, closed } = await rlsTables());
  });

  it("covers every RLS table in the isolation map", () => {
    expect(tables.length).toBeGreaterThanOrEqual(9);
    const mapped = Object.keys(rowsOfA(fixture));
    expect([...tables, ...closed].filter((t) => !mapped.includes(t)), "RLS tables missing from rowsOfA()").toEqual([]);
  });

  it("keeps the closed tables closed to the runtime role, even for their own user's rows", async () => {
    expect(closed.sort()).toEqual(["ExternalIdentity", "PasswordToken", "RateLimit", "RecoveryCode"]);
    for (const table of closed) {
      await expect(rawAsRuntime(fixture.a.ctx, `SELECT 1 FROM ${ident(table)} WHERE ${rowsOfA(fixture)[table]}`)).rejects.toThrow(/permission denied/);
    }
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
      const rows = await rawAsRuntime(b.ctx, `SELECT 1 FROM ${ident(table)} WHERE ${where[table]}`);
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
  it("see the case and shared records while participating, and nothing after `until`", async () => {
    const participant = await freshTenant("Deltager");
    const f = await tenantWithCase("Ansvarlig", participant);
    // A note in a category the participant has no sharing basis for.
    const health = await owner().note.create({
      data: {
        caseId: f.caseId, authorOrgId: f.a.org.id, authorUserId: f.a.user.id, authorName: f.a.user.name,
        category: "HELBRED", text: "Ikke delt",
      },
    });
    const sql = {
      case: `SELECT id FROM "CaseFile" WHERE id = '${f.caseId}'::uuid`,
      sharedNote: `SELECT id FROM "Note" WHERE id = '${f.noteId}'::uuid`,
      healthNote: `SELECT id FROM "Note" WHERE id = '${health.id}'::uuid`,
      transitions: `SELECT id FROM "StageTransition" WHERE "caseId" = '${f.caseId}'::uuid`,
      person: `SELECT id FROM "Person" WHERE id = '${f.personId}'::uuid`,
    };
    const visible = async (ctx: Tenant["ctx"]) =>
      Object.fromEntries(
        await Promise.all(Object.entries(sql).map(async ([k, q]) => [k, (await rawAsRuntime(ctx, q)).length] as const)),
      );

    // Name and CPR are STAMDATA: the Person row needs a basis of its own (ADR 0006).
    expect(await visible(participant.ctx)).toEqual({ case: 1, sharedNote: 1, healthNote: 0, transitions: 2, person: 0 });
    await owner().sharingBasis.create({
      data: {
        caseId: f.caseId, recipientOrgId: participant.org.id, category: "STAMDATA", kind: "STATUTORY", statutoryCode: "RSL_11C",
        reason: "Test", grantedByOrgId: f.a.org.id, grantedByName: f.a.user.name, validFrom: new Date(Date.now() - 1000),
      },
    });
    expect(await visible(participant.ctx)).toEqual({ case: 1, sharedNote: 1, healthNote: 0, transitions: 2, person: 1 });

    await owner().caseParticipant.updateMany({
      where: { caseId: f.caseId, orgId: participant.org.id },
      data: { until: new Date() },
    });

    // The live sharing basis no longer helps once participation has ended.
    expect(await visible(participant.ctx)).toEqual({ case: 0, sharedNote: 0, healthNote: 0, transitions: 0, person: 0 });
    // The responsible organisation still sees everything of its own.
    expect(await visible(f.a.ctx)).toEqual({ case: 1, sharedNote: 1, healthNote: 1, transitions: 2, person: 1 });
  });
});
