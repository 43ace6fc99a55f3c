// Handleplaner (issue 11, ADR 0027) on real PostgreSQL as the runtime role:
// the category matrix for plan versions and interventions through the app
// query and raw SQL, one Disclosure per record read across the boundary, the
// leader's approval (never of her own draft), optimistic locking, immutable
// approved versions, follow-up tasks and clocks, the revision diff, and
// outsiders getting NotFound on every plan route and action, changing nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/access/errors";
import { withPlanScope, type PlanScope } from "@/lib/access/plan-scope";
import { ValidationError } from "@/lib/actions/result";
import { copenhagenDay, shiftDay } from "@/lib/domain/calendar";
import { startCaseClocks } from "@/lib/deadlines/start";
import { approveVersion, returnVersion, startRevision, submitForApproval } from "@/lib/plans/approval";
import { getCasePlansSection } from "@/lib/plans/case-section";
import { addCatalogueEntry, retireCatalogueEntry } from "@/lib/plans/catalogue";
import { createPlan } from "@/lib/plans/create";
import { saveDraft } from "@/lib/plans/draft";
import { getPlanPage } from "@/lib/plans/plan-page";
import { planPdf } from "@/lib/plans/pdf";
import { recordProgress } from "@/lib/plans/progress";
import { reviseSchema, saveDraftSchema, type SaveDraftInput } from "@/lib/plans/schemas";
import { withAccess } from "@/lib/db/with-access";
import { contextFor, createCase, createPerson, createUser } from "@/tests/fixtures/factories";
import { barnetsPlanDraft, CATALOGUE_CODES, type Catalogue } from "@/tests/fixtures/plans";
import { act, DUMMY_PASSWORD_HASH, freshTenant, inCase, onRealServer, owner, rawAsRuntime, type Tenant } from "./helpers";

let kommune: Tenant, leder: Tenant, rusmiddel: Tenant, sundhedspleje: Tenant, outsider: Tenant;
let live: Tenant, expired: Tenant, withdrawn: Tenant;
let caseId: string;
let catalogue: Catalogue;

const today = () => copenhagenDay(new Date());
const inPlan = <T>(t: Tenant, planId: string, fn: (ps: PlanScope) => Promise<T>) => withPlanScope(t.ctx, planId, fn);

async function basis(t: Tenant, category: "PLAN" | "RUSMIDDEL" | "HELBRED", grantedBy: Tenant, state: "live" | "expired" | "withdrawn") {
  const day = 86_400_000;
  await owner().sharingBasis.create({
    data: {
      caseId, recipientOrgId: t.org.id, category, kind: "STATUTORY", statutoryCode: "SUL_43_2", grantedByOrgId: grantedBy.org.id, grantedByName: grantedBy.user.name,
      validFrom: new Date(Date.now() - 30 * day), validTo: state === "expired" ? new Date(Date.now() - day) : null,
      revokedAt: state === "withdrawn" ? new Date(Date.now() - day) : null,
    },
  });
}

beforeEach(async () => {
  kommune = await freshTenant("Plankommune");
  const lederUser = await createUser(owner(), { passwordHash: DUMMY_PASSWORD_HASH, name: "Lone Leder", memberships: [{ orgId: kommune.org.id, role: "LEDER" }] });
  leder = { org: kommune.org, user: { ...lederUser }, ctx: contextFor(lederUser, kommune.org, "LEDER") };
  rusmiddel = await freshTenant("Plancenter", "BEHANDLER", "RUSMIDDELCENTER");
  sundhedspleje = await freshTenant("Planpleje", "SUNDHEDSPLEJERSKE", "SUNDHEDSPLEJE");
  live = await freshTenant("Planambulatorium", "JORDEMODER", "FAMILIEAMBULATORIUM");
  expired = await freshTenant("Planpsykiatri", "LAEGE", "PSYKIATRI");
  withdrawn = await freshTenant("Planjobcenter", "SAGSBEHANDLER", "JOBCENTER");
  outsider = await freshTenant("Fremmed plankommune");
  const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Maja", lastName: "Plansen" });
  caseId = (await createCase(owner(), {
    subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user, stage: "INDSATS",
    participants: [rusmiddel, sundhedspleje, live, expired, withdrawn].map((t) => ({ orgId: t.org.id, roleOnCase: t.org.name })),
  })).id;
  for (const [t, state] of [[live, "live"], [expired, "expired"], [withdrawn, "withdrawn"]] as const) {
    await basis(t, "PLAN", kommune, state);
    await basis(t, "RUSMIDDEL", rusmiddel, state);
  }
  const entries = await owner().interventionCatalogueEntry.findMany({ where: { code: { in: Object.values(CATALOGUE_CODES) } } });
  const id = (code: string) => entries.find((e) => e.code === code)!.id;
  catalogue = { substitution: id(CATALOGUE_CODES.substitution), ekstraBesoeg: id(CATALOGUE_CODES.ekstraBesoeg), familiebehandling: id(CATALOGUE_CODES.familiebehandling) };
});

function draftFor(ids: { planId: string; versionId: string; lockVersion?: number }, over: Partial<SaveDraftInput> = {}) {
  const input = barnetsPlanDraft(
    { lockVersion: 1, ...ids }, { familie: kommune.org.id, rusmiddel: rusmiddel.org.id, sundhedspleje: sundhedspleje.org.id, rusmiddelUser: rusmiddel.user.id },
    catalogue, today(), shiftDay(today(), 30), shiftDay(today(), 180),
  );
  return saveDraftSchema.parse({ ...input, ...over });
}

/** A barnets plan drafted by the sagsbehandler and sent; approved by the leder unless told otherwise. */
async function planWithVersion(approve = true) {
  const { id: planId, versionId } = await act(kommune.ctx, createPlan, { caseId, kind: "BARNETS_PLAN", consentId: undefined });
  await inPlan(kommune, planId, (ps) => saveDraft(ps, draftFor({ planId, versionId })));
  await inPlan(kommune, planId, (ps) => submitForApproval(ps, { planId, versionId }));
  if (approve) await inPlan(leder, planId, (ps) => approveVersion(ps, { planId, versionId, comment: "Godkendt på teammødet" }));
  return { planId, versionId };
}

const rawRows = (t: Tenant, table: string, column: string, id: string) =>
  rawAsRuntime<{ id: string }>(t.ctx, `SELECT id FROM "${table}" WHERE "${column}" = $1::uuid`, id);

describe("the category matrix", () => {
  it("author, intervention owner, live / expired / withdrawn basis and non-participant: app query and raw SQL agree", async () => {
    const { planId, versionId } = await planWithVersion();
    const ivs = await owner().planIntervention.findMany({ where: { versionId }, orderBy: { position: "asc" } });
    const [substitution, ekstra] = ivs;

    const author = await inPlan(kommune, planId, (ps) => getPlanPage(ps));
    expect(author.version?.content.interventions).toHaveLength(3);
    expect(author.version?.content.goals).toHaveLength(2);
    expect(await rawRows(kommune, "PlanIntervention", "versionId", versionId)).toHaveLength(3);

    // The behandler: her own intervention and the goal it serves, not the version (no PLAN basis).
    const mine = await inPlan(rusmiddel, planId, (ps) => getPlanPage(ps));
    expect(mine.version).toBeNull();
    expect(await rawRows(rusmiddel, "PlanVersion", "planId", planId)).toHaveLength(0);
    expect((await rawRows(rusmiddel, "PlanIntervention", "versionId", versionId)).map((r) => r.id)).toEqual([substitution!.id]);
    expect(await rawRows(rusmiddel, "PlanGoal", "versionId", versionId)).toHaveLength(1);
    const part = await inCase(rusmiddel.ctx, caseId, getCasePlansSection);
    expect(part.myPart.map((i) => i.id)).toEqual([substitution!.id]);
    expect(part.myPart[0]?.task?.dueAt).toBeTruthy();

    // Live PLAN + RUSMIDDEL basis: the version, its goals, the RUSMIDDEL intervention; not the HELBRED one.
    const shared = await inPlan(live, planId, (ps) => getPlanPage(ps));
    expect(shared.version?.content.goals).toHaveLength(2);
    // (The familieafdeling's own intervention is SOCIALE_FORHOLD, which no basis opens to it.)
    expect(shared.version?.content.interventions.map((i) => i.id)).toEqual([substitution!.id]);
    expect(await rawRows(live, "PlanVersion", "planId", planId)).toHaveLength(1);
    expect((await rawRows(live, "PlanIntervention", "versionId", versionId)).map((r) => r.id)).toContain(substitution!.id);
    expect((await rawRows(live, "PlanIntervention", "versionId", versionId)).map((r) => r.id)).not.toContain(ekstra!.id);

    // Expired or withdrawn basis: the plan is gone for them (404), and raw SQL sees nothing.
    for (const t of [expired, withdrawn]) {
      await expect(inPlan(t, planId, (ps) => getPlanPage(ps))).rejects.toThrow(NotFoundError);
      for (const table of ["PlanVersion", "PlanGoal", "PlanIntervention", "PlanContact"]) {
        expect(await rawRows(t, table, table === "PlanVersion" ? "planId" : "caseId", table === "PlanVersion" ? planId : caseId)).toHaveLength(0);
      }
    }
    await expect(inPlan(outsider, planId, (ps) => getPlanPage(ps))).rejects.toThrow(NotFoundError);
    expect(await rawRows(outsider, "Plan", "caseId", caseId)).toHaveLength(0);
  });

  it("another organisation never sees a draft, even under a PLAN basis", async () => {
    const { planId, versionId } = await planWithVersion(false);
    await expect(inPlan(live, planId, (ps) => getPlanPage(ps))).resolves.toMatchObject({ version: null });
    expect(await rawRows(live, "PlanGoal", "versionId", versionId)).toHaveLength(0);
    expect(await rawRows(live, "PlanIntervention", "versionId", versionId)).toHaveLength(0);
  });

  it("writes one Disclosure per record read across the boundary, each read again", async () => {
    const { planId } = await planWithVersion();
    const count = () => owner().disclosure.count({ where: { caseId, toOrgId: live.org.id } });
    const page = await inPlan(live, planId, (ps) => getPlanPage(ps));
    const c = page.version!.content;
    const expected = 1 + c.goals.length + c.contacts.length + c.interventions.length;
    expect(await count()).toBe(expected);
    await inPlan(live, planId, (ps) => getPlanPage(ps));
    expect(await count()).toBe(2 * expected);
    // The author reads its own plan: nothing disclosed.
    await inPlan(kommune, planId, (ps) => getPlanPage(ps));
    expect(await owner().disclosure.count({ where: { caseId, toOrgId: kommune.org.id } })).toBe(0);
  });
});

describe("approval", () => {
  it("a leader cannot approve (or return) her own draft, in the app and in the database", async () => {
    const { id: planId, versionId } = await act(leder.ctx, createPlan, { caseId, kind: "BARNETS_PLAN", consentId: undefined });
    await inPlan(leder, planId, (ps) => saveDraft(ps, draftFor({ planId, versionId })));
    await inPlan(leder, planId, (ps) => submitForApproval(ps, { planId, versionId }));
    await expect(inPlan(leder, planId, (ps) => approveVersion(ps, { planId, versionId, comment: "Ok" }))).rejects.toThrow(/selv har skrevet/);
    await expect(inPlan(leder, planId, (ps) => returnVersion(ps, { planId, versionId, reason: "Nej" }))).rejects.toThrow(ValidationError);
    await expect(rawAsRuntime(leder.ctx, `UPDATE "PlanVersion" SET status = 'GODKENDT' WHERE id = $1::uuid RETURNING id`, versionId)).rejects.toThrow(/own draft/);
    expect((await owner().planVersion.findUniqueOrThrow({ where: { id: versionId } })).status).toBe("SENDT");
  });

  it("a sagsbehandler cannot approve; a return needs a reason and reopens the draft", async () => {
    const { planId, versionId } = await planWithVersion(false);
    await expect(inPlan(kommune, planId, (ps) => approveVersion(ps, { planId, versionId, comment: "Ok" }))).rejects.toThrow();
    await inPlan(leder, planId, (ps) => returnVersion(ps, { planId, versionId, reason: "Målene skal have datoer" }));
    const row = await owner().planVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(row).toMatchObject({ status: "RETURNERET", returnReason: "Målene skal have datoer" });
    await inPlan(kommune, planId, (ps) => saveDraft(ps, draftFor({ planId, versionId, lockVersion: row.lockVersion })));
  });

  it("approval creates one follow-up task per intervention for its organisation, starts § 95 and meets the plan's clock", async () => {
    const { planId, versionId } = await planWithVersion(false);
    await withAccess(kommune.ctx, (db) => startCaseClocks(db, kommune.ctx, { caseId, event: { trigger: "SUPPORT_DECIDED", decidedAt: new Date(), planNeeded: true, termin: new Date(Date.now() + 100 * 86_400_000) }, category: "PLAN" }));
    const { tasksCreated } = await inPlan(leder, planId, (ps) => approveVersion(ps, { planId, versionId, comment: "Godkendt" }));
    expect(tasksCreated).toBe(3);
    const tasks = await owner().task.findMany({ where: { caseId, sourceKind: "PLAN_INTERVENTION" } });
    expect(tasks.map((t) => t.orgId).sort()).toEqual([kommune.org.id, rusmiddel.org.id, sundhedspleje.org.id].sort());
    expect(tasks.find((t) => t.orgId === rusmiddel.org.id)?.ownerUserId).toBe(rusmiddel.user.id);
    const deadlines = await owner().deadline.findMany({ where: { caseId, orgId: kommune.org.id } });
    expect(deadlines.find((d) => d.ruleId === "barnets-plan-3-maaneder")?.status).toBe("MET");
    expect(deadlines.find((d) => d.ruleId === "plan-foer-termin")?.status).toBe("MET");
    expect(deadlines.find((d) => d.ruleId === "foerste-opfoelgning")).toMatchObject({ status: "OPEN", legalReference: "Barnets Lov § 95" });
  });

  it("an approved version cannot be edited, in the app or by SQL, even by the owner role", async () => {
    const { planId, versionId } = await planWithVersion();
    const row = await owner().planVersion.findUniqueOrThrow({ where: { id: versionId } });
    await expect(inPlan(kommune, planId, (ps) => saveDraft(ps, draftFor({ planId, versionId, lockVersion: row.lockVersion })))).rejects.toThrow(/godkendt og kan ikke ændres/);
    await expect(owner().planVersion.update({ where: { id: versionId }, data: { purpose: "Ændret" } })).rejects.toThrow();
    await expect(owner().planGoal.updateMany({ where: { versionId }, data: { title: "Ændret" } })).rejects.toThrow();
    await expect(owner().planIntervention.deleteMany({ where: { versionId } })).rejects.toThrow();
    expect((await owner().planVersion.findUniqueOrThrow({ where: { id: versionId } })).purpose).toBe(row.purpose);
  });
});

describe("drafting", () => {
  it("two concurrent saves of one draft: exactly one wins, the other is told who saved and when", async () => {
    const { id: planId, versionId } = await act(kommune.ctx, createPlan, { caseId, kind: "BARNETS_PLAN", consentId: undefined });
    const results = await Promise.allSettled([
      inPlan(kommune, planId, (ps) => saveDraft(ps, draftFor({ planId, versionId }, { purpose: "Første" }))),
      inPlan(leder, planId, (ps) => saveDraft(ps, draftFor({ planId, versionId }, { purpose: "Anden" }))),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ValidationError);
    expect(String(lost.reason.message)).toMatch(/^Planen er ændret af .+ kl\. \d{2}:\d{2}/);
    const row = await owner().planVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(row.lockVersion).toBe(2);
    expect(await owner().planGoal.count({ where: { versionId } })).toBe(2);
    if (onRealServer()) expect(["Første", "Anden"]).toContain(row.purpose);
  });

  it("refuses bad input with Danish errors and changes nothing", async () => {
    const { id: planId, versionId } = await act(kommune.ctx, createPlan, { caseId, kind: "BARNETS_PLAN", consentId: undefined });
    const base = barnetsPlanDraft({ planId, versionId, lockVersion: 1 }, { familie: kommune.org.id, rusmiddel: rusmiddel.org.id, sundhedspleje: sundhedspleje.org.id }, catalogue, today(), shiftDay(today(), 30), shiftDay(today(), 90));
    const noDate = saveDraftSchema.safeParse({ ...base, goals: [{ ...base.goals[0]!, targetDate: "" }] });
    expect(noDate.success ? [] : noDate.error.issues.map((i) => i.message)).toContain("Vælg en måldato");
    const early = saveDraftSchema.safeParse({ ...base, interventions: [{ ...base.interventions[0]!, followUpDate: shiftDay(today(), -1) }] });
    expect(early.success ? [] : early.error.issues.map((i) => i.message)).toContain("Opfølgningen kan ikke ligge før starten");
    const noOrg = saveDraftSchema.safeParse({ ...base, interventions: [{ ...base.interventions[0]!, responsibleOrgId: "" }] });
    expect(noOrg.success).toBe(false);
    const foreign = draftFor({ planId, versionId });
    foreign.interventions[0]!.responsibleOrgId = outsider.org.id;
    await expect(inPlan(kommune, planId, (ps) => saveDraft(ps, foreign))).rejects.toThrow("Vælg en organisation, der deltager i sagen");
    await expect(inPlan(kommune, planId, (ps) => submitForApproval(ps, { planId, versionId }))).rejects.toThrow(/mindst ét mål/);
    expect(await owner().planGoal.count({ where: { versionId } })).toBe(0);
    expect((await owner().planVersion.findUniqueOrThrow({ where: { id: versionId } })).lockVersion).toBe(1);
    // A kind the organisation does not write, and a helhedsorienteret plan without consent.
    await expect(act(kommune.ctx, createPlan, { caseId, kind: "BEHANDLINGSPLAN", consentId: undefined })).rejects.toThrow(ValidationError);
    await expect(act(kommune.ctx, createPlan, { caseId, kind: "HELHEDSORIENTERET", consentId: undefined })).rejects.toThrow(/samtykke/);
  });
});

describe("revision and progress", () => {
  it("the behandler records progress on her intervention, which puts its goal in progress", async () => {
    const { planId, versionId } = await planWithVersion();
    const substitution = await owner().planIntervention.findFirstOrThrow({ where: { versionId, responsibleOrgId: rusmiddel.org.id } });
    await expect(inPlan(sundhedspleje, planId, (ps) => recordProgress(ps, { planId, interventionKey: substitution.key, kind: "AFHOLDT", on: today(), note: undefined }))).rejects.toThrow(ValidationError);
    await inPlan(rusmiddel, planId, (ps) => recordProgress(ps, { planId, interventionKey: substitution.key, kind: "STARTET", on: today(), note: "Første samtale" }));
    const page = await inPlan(rusmiddel, planId, (ps) => getPlanPage(ps));
    expect(page.version).toBeNull();
    const part = await inCase(rusmiddel.ctx, caseId, getCasePlansSection);
    expect(part.myPart).toHaveLength(1);
    const kommuneView = await inPlan(live, planId, (ps) => getPlanPage(ps));
    const goal = kommuneView.version!.content.goals.find((g) => substitution.goalKeys.includes(g.key));
    expect(goal?.status).toBe("I_GANG");
  });

  it("a revision needs a reason, carries the content over, and shows what changed since the approved version", async () => {
    const { planId } = await planWithVersion();
    const noReason = reviseSchema.safeParse({ planId, note: "Barnet er født" });
    expect(noReason.success ? [] : noReason.error.issues.map((i) => i.message)).toEqual(["Vælg, hvorfor planen revideres"]);
    await expect(inPlan(kommune, planId, (ps) => startRevision(ps, { planId, reason: undefined as never, note: undefined }))).rejects.toThrow();
    expect(await owner().planVersion.count({ where: { planId } })).toBe(1);
    const { versionId } = await inPlan(kommune, planId, (ps) => startRevision(ps, { planId, reason: "FOEDSEL", note: "Barnet er født" }));
    const page = await inPlan(kommune, planId, (ps) => getPlanPage(ps, { versionId }));
    const content = page.version!.content;
    expect(content.interventions).toHaveLength(3);
    const values = draftFor({ planId, versionId, lockVersion: page.version!.lockVersion });
    values.goals = content.goals.map((g) => ({ key: g.key, title: g.title, targetDate: g.targetDate, status: g.recordedStatus, note: undefined }));
    values.interventions = content.interventions.slice(0, 2).map((i) => ({
      key: i.key, track: i.track, catalogueEntryId: i.catalogueEntryId, responsibleOrgId: i.responsibleOrgId, responsibleUserId: i.responsibleUserId ?? undefined,
      startDate: i.startDate, durationWeeks: i.durationWeeks ?? undefined, followUpDate: shiftDay(i.followUpDate, 7), frequency: i.frequency, goalKeys: i.goalKeys,
    }));
    await inPlan(kommune, planId, (ps) => saveDraft(ps, values));
    const revised = await inPlan(kommune, planId, (ps) => getPlanPage(ps, { versionId }));
    expect(revised.changes?.map((c) => `${c.kind} ${c.what}`)).toEqual(expect.arrayContaining(["removed Indsats", "changed Indsats"]));
    expect(revised.version?.revisionReason).toBe("FOEDSEL");
  });
});

describe("the intervention catalogue", () => {
  it("is seeded; a kommune's administrator adds and retires its own entries, audited; nobody deletes one", async () => {
    expect(await owner().interventionCatalogueEntry.count({ where: { kommuneOrgId: null } })).toBeGreaterThanOrEqual(14);
    const admin = await freshTenant("Katalogkommune", "ADMIN");
    const entry = { name: "Vejledning i forældreskab", legalBasis: "Barnets Lov § 32", track: "SOCIAL", category: "SOCIALE_FORHOLD", deliveredBy: ["KOMMUNE_FAMILIE"], funding: "Kommunen" } as const;
    const { id } = await addCatalogueEntry(admin.ctx, { ...entry, deliveredBy: [...entry.deliveredBy] });
    expect(await owner().auditEvent.count({ where: { entityId: id, action: "plan.catalogue-add" } })).toBe(1);
    await expect(addCatalogueEntry(kommune.ctx, { ...entry, deliveredBy: ["KOMMUNE_FAMILIE"] })).rejects.toThrow();
    await expect(rawAsRuntime(kommune.ctx, `INSERT INTO "InterventionCatalogueEntry" (id, code, "kommuneOrgId", name, "legalBasis", track, category, "deliveredBy", funding)
      VALUES (gen_random_uuid(), 'X-1', $1::uuid, 'x', 'x', 'SOCIAL', 'SOCIALE_FORHOLD', '{}', 'x')`, kommune.org.id)).rejects.toThrow();
    await expect(retireCatalogueEntry(outsider.ctx, { entryId: id })).rejects.toThrow();
    await retireCatalogueEntry(admin.ctx, { entryId: id });
    expect((await owner().interventionCatalogueEntry.findUniqueOrThrow({ where: { id } })).retiredAt).not.toBeNull();
    await expect(owner().interventionCatalogueEntry.delete({ where: { id } })).rejects.toThrow();
    await expect(rawAsRuntime(admin.ctx, `DELETE FROM "InterventionCatalogueEntry" WHERE id = $1::uuid`, id)).rejects.toThrow();
    expect(await owner().interventionCatalogueEntry.count({ where: { id } })).toBe(1);
  });
});

describe("the PDF", () => {
  it("holds version, approval, goals and only the interventions the downloading organisation may see", async () => {
    const { planId } = await planWithVersion();
    const page = await inPlan(live, planId, (ps) => getPlanPage(ps));
    const { extractText } = await import("unpdf");
    const { text } = await extractText(new Uint8Array(await planPdf(page)), { mergePages: true });
    expect(text).toContain("Version 1");
    expect(text).toContain("Godkendt");
    expect(text).toContain("Mor er stabil i substitutionsbehandling");
    expect(text).toContain("Lægelig stofmisbrugsbehandling med substitution");
    expect(text).not.toContain("Sundhedsplejens ekstra besøg");
    expect(text).not.toContain("Familiebehandling");
  });
});

describe("outsiders", () => {
  it("get NotFound on every plan route and action, and nothing changes", async () => {
    const { planId, versionId } = await planWithVersion(false);
    const snapshot = async () => ({
      versions: await owner().planVersion.findMany({ where: { planId } }),
      goals: await owner().planGoal.count({ where: { caseId } }),
      progress: await owner().planInterventionProgress.count({ where: { caseId } }),
      plans: await owner().plan.count({ where: { caseId } }),
    });
    const before = await snapshot();
    const key = (await owner().planIntervention.findFirstOrThrow({ where: { versionId } })).key;
    for (const t of [outsider, expired]) {
      await expect(inPlan(t, planId, (ps) => getPlanPage(ps))).rejects.toThrow(NotFoundError);
      await expect(inPlan(t, planId, (ps) => saveDraft(ps, draftFor({ planId, versionId })))).rejects.toThrow(NotFoundError);
      await expect(inPlan(t, planId, (ps) => submitForApproval(ps, { planId, versionId }))).rejects.toThrow(NotFoundError);
      await expect(inPlan(t, planId, (ps) => approveVersion(ps, { planId, versionId, comment: "x" }))).rejects.toThrow(NotFoundError);
      await expect(inPlan(t, planId, (ps) => returnVersion(ps, { planId, versionId, reason: "x" }))).rejects.toThrow(NotFoundError);
      await expect(inPlan(t, planId, (ps) => startRevision(ps, { planId, reason: "ANDET", note: undefined }))).rejects.toThrow(NotFoundError);
      await expect(inPlan(t, planId, (ps) => recordProgress(ps, { planId, interventionKey: key, kind: "AFHOLDT", on: today(), note: undefined }))).rejects.toThrow(NotFoundError);
    }
    await expect(act(outsider.ctx, createPlan, { caseId, kind: "BARNETS_PLAN", consentId: undefined })).rejects.toThrow(NotFoundError);
    await expect(inCase(outsider.ctx, caseId, getCasePlansSection)).rejects.toThrow(NotFoundError);
    expect(await snapshot()).toEqual(before);
  });
});
