// The sharing rule (ADR 0006) as a matrix: for every category and every kind
// of reader, a note is readable exactly as specified, through the app query
// (getCase and scope.notes()) AND a plain SELECT under row-level security.
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/access/context";
import { NotFoundError } from "@/lib/access/errors";
import { getCase } from "@/lib/cases/queries";
import { recordConsent, recordStatutoryBasis, withdrawConsent } from "@/lib/consents/actions";
import { CATEGORIES, type Category } from "@/lib/domain/categories";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { freshTenant, owner, rawAsRuntime, type Tenant, act, inCase } from "./helpers";

const DAY = 86_400_000;

type World = {
  responsible: Tenant; author: Tenant; live: Tenant; expired: Tenant; withdrawn: Tenant; statutory: Tenant; outsider: Tenant;
  caseId: string;
  /** Note id per category, authored by `author` (a participant) and by `responsible`. */
  authorNotes: Record<Category, string>;
  responsibleNotes: Record<Category, string>;
};

async function writeNotes(t: Tenant, caseId: string): Promise<Record<Category, string>> {
  const ids = {} as Record<Category, string>;
  for (const category of CATEGORIES) {
    const note = await owner().note.create({
      data: { caseId, authorOrgId: t.org.id, authorUserId: t.user.id, authorName: t.user.name, category, text: `${category} fra ${t.org.name}` },
    });
    ids[category] = note.id;
  }
  return ids;
}

/** Note ids visible to ctx on the case, three ways. */
async function visibleThreeWays(ctx: AccessContext, caseId: string) {
  const viaGetCase = await inCase(ctx, caseId, getCase).then((v) => v.notes.map((n) => n.id), (e) => {
    if (e instanceof NotFoundError) return [] as string[];
    throw e;
  });
  const viaWhere = await inCase(ctx, caseId, (scope) => scope.db.note.findMany({ where: scope.notes(), select: { id: true } })).catch((e) => {
    if (e instanceof NotFoundError) return [] as { id: string }[];
    throw e;
  });
  const viaSql = await rawAsRuntime<{ id: string }>(ctx, `SELECT id FROM "Note" WHERE "caseId" = $1::uuid`, caseId);
  return { getCase: new Set(viaGetCase), noteWhere: new Set(viaWhere.map((r) => r.id)), sql: new Set(viaSql.map((r) => r.id)) };
}

const purpose = "Koordinering af graviditetsforløbet i familieambulatoriet";

async function consentFor(w: { responsible: Tenant; caseId: string }, recipient: Tenant, categories: Category[] = [...CATEGORIES]) {
  return act(w.responsible.ctx, recordConsent, {
    caseId: w.caseId, givenBy: "MOTHER", givenByName: "Mette Testesen", direction: "VIDEREGIVE",
    recipientOrgIds: [recipient.org.id], categories, purpose, form: "SKRIFTLIGT", evidence: undefined, validFrom: undefined, validUntil: undefined,
  });
}

async function buildWorld(): Promise<World> {
  // One after another: the embedded database serves all connections from one
  // backend, and a burst of parallel set-up gains nothing but flakiness.
  const tenants = [];
  for (const label of ["Kommune", "Familieambulatorium", "Levende", "Udloebet", "Tilbagekaldt", "Hjemmel", "Udenfor"]) {
    tenants.push(await freshTenant(label, "SAGSBEHANDLER", label === "Familieambulatorium" ? "FAMILIEAMBULATORIUM" : undefined));
  }
  const [responsible, author, live, expired, withdrawn, statutory, outsider] = tenants;
  const person = await createPerson(owner(), { ownerOrgId: responsible!.org.id, firstName: "Mette", lastName: "Testesen", cpr: "0101901234" });
  const caseFile = await createCase(owner(), {
    subjectId: person.id, responsibleOrgId: responsible!.org.id, byUser: responsible!.user, stage: "UDREDNING",
    participants: [author!, live!, expired!, withdrawn!, statutory!].map((t) => ({ orgId: t.org.id, roleOnCase: "Deltager" })),
  });
  const w = {
    responsible: responsible!, author: author!, live: live!, expired: expired!, withdrawn: withdrawn!, statutory: statutory!, outsider: outsider!,
    caseId: caseFile.id, authorNotes: await writeNotes(author!, caseFile.id), responsibleNotes: await writeNotes(responsible!, caseFile.id),
  };
  await consentFor(w, w.live);
  const old = await consentFor(w, w.expired);
  const past = new Date(Date.now() - DAY);
  await owner().consent.update({ where: { id: old.id }, data: { validFrom: new Date(Date.now() - 400 * DAY), validUntil: past } });
  await owner().sharingBasis.updateMany({ where: { consentId: old.id }, data: { validFrom: new Date(Date.now() - 400 * DAY), validTo: past } });
  const toWithdraw = await consentFor(w, w.withdrawn);
  await act(w.responsible.ctx, withdrawConsent, { caseId: w.caseId, consentId: toWithdraw.id, reason: "Kvinden trækker samtykket tilbage" });
  await act(w.author.ctx, recordStatutoryBasis, {
    caseId: w.caseId, code: "SUL_43_2", recipientOrgId: w.statutory.org.id, categories: ["HELBRED", "RUSMIDDEL"], reason: "Akut fare for barnet",
  });
  // A basis row for a NON-participant (made behind the app's back): participation is required too.
  await owner().sharingBasis.create({
    data: { caseId: w.caseId, recipientOrgId: outsider!.org.id, category: "HELBRED", kind: "STATUTORY", statutoryCode: "SUL_43_2", grantedByOrgId: author!.org.id, grantedByName: "x", validFrom: new Date(Date.now() - DAY) },
  });
  return w;
}

describe("sharing matrix: category x reader", () => {
  let w: World;
  beforeAll(async () => { w = await buildWorld(); });

  const readers: { reader: keyof World; expect: (c: Category) => boolean; label: string }[] = [
    { label: "author org", reader: "author", expect: () => true },
    { label: "responsible org without a basis", reader: "responsible", expect: () => false },
    { label: "participant with live consent", reader: "live", expect: () => true },
    { label: "participant with expired consent", reader: "expired", expect: () => false },
    { label: "participant with withdrawn consent", reader: "withdrawn", expect: () => false },
    { label: "participant with statutory basis (SUL § 43, stk. 2)", reader: "statutory", expect: (c) => c === "HELBRED" || c === "RUSMIDDEL" },
    { label: "non-participant (even with a stray basis row)", reader: "outsider", expect: () => false },
  ];

  for (const r of readers) {
    it(`${r.label}: reads the participant-authored note of each category exactly as specified`, async () => {
      const t = w[r.reader] as Tenant;
      const seen = await visibleThreeWays(t.ctx, w.caseId);
      for (const category of CATEGORIES) {
        const id = w.authorNotes[category];
        const expected = r.expect(category);
        expect({ category, getCase: seen.getCase.has(id), noteWhere: seen.noteWhere.has(id), sql: seen.sql.has(id) })
          .toEqual({ category, getCase: expected, noteWhere: expected, sql: expected });
      }
    });
  }

  it("responsible org reads its own notes of every category (as author), and the participant author does not", async () => {
    const mine = await visibleThreeWays(w.responsible.ctx, w.caseId);
    const theirs = await visibleThreeWays(w.author.ctx, w.caseId);
    for (const category of CATEGORIES) {
      const id = w.responsibleNotes[category];
      expect({ category, app: mine.getCase.has(id), where: mine.noteWhere.has(id), sql: mine.sql.has(id) }).toEqual({ category, app: true, where: true, sql: true });
      expect({ category, app: theirs.getCase.has(id), where: theirs.noteWhere.has(id), sql: theirs.sql.has(id) }).toEqual({ category, app: false, where: false, sql: false });
    }
  });

  it("app query and RLS agree for every reader (same set of notes)", async () => {
    for (const key of ["author", "responsible", "live", "expired", "withdrawn", "statutory", "outsider"] as const) {
      const seen = await visibleThreeWays(w[key].ctx, w.caseId);
      expect({ key, ids: [...seen.noteWhere].sort() }).toEqual({ key, ids: [...seen.sql].sort() });
      expect({ key, ids: [...seen.getCase].sort() }).toEqual({ key, ids: key === "outsider" ? [] : [...seen.sql].sort() });
    }
  });
});

describe("withdrawal and expiry take effect on the next request", () => {
  let w: World;
  beforeAll(async () => { w = await buildWorld(); });

  it("a consent scoped to HELBRED and RUSMIDDEL shows exactly those notes, until withdrawn", async () => {
    const scoped = await freshTenant("Jordemoder");
    await owner().caseParticipant.create({ data: { caseId: w.caseId, orgId: scoped.org.id, roleOnCase: "Familieambulatorium", addedByUserId: w.responsible.user.id } });
    const consent = await consentFor(w, scoped, ["HELBRED", "RUSMIDDEL"]);
    const before = await visibleThreeWays(scoped.ctx, w.caseId);
    const expected = [w.authorNotes.HELBRED, w.authorNotes.RUSMIDDEL, w.responsibleNotes.HELBRED, w.responsibleNotes.RUSMIDDEL].sort();
    expect([...before.getCase].sort()).toEqual(expected);
    expect([...before.sql].sort()).toEqual(expected);
    await act(w.responsible.ctx, withdrawConsent, { caseId: w.caseId, consentId: consent.id, reason: "Samtykket er tilbagekaldt mundtligt" });
    const after = await visibleThreeWays(scoped.ctx, w.caseId);
    expect({ app: after.getCase.size, where: after.noteWhere.size, sql: after.sql.size }).toEqual({ app: 0, where: 0, sql: 0 });
  });

  it("an expiring basis stops working on the next request", async () => {
    const soon = await freshTenant("Sundhedspleje");
    await owner().caseParticipant.create({ data: { caseId: w.caseId, orgId: soon.org.id, roleOnCase: "Sundhedspleje", addedByUserId: w.responsible.user.id } });
    const consent = await consentFor(w, soon, ["PLAN"]);
    expect((await visibleThreeWays(soon.ctx, w.caseId)).sql.size).toBe(2);
    await owner().sharingBasis.updateMany({ where: { consentId: consent.id }, data: { validTo: new Date(Date.now() - 1000) } });
    const after = await visibleThreeWays(soon.ctx, w.caseId);
    expect({ app: after.getCase.size, where: after.noteWhere.size, sql: after.sql.size }).toEqual({ app: 0, where: 0, sql: 0 });
  });

  it("leaving the case ends access even with a live consent", async () => {
    await owner().caseParticipant.updateMany({ where: { caseId: w.caseId, orgId: w.live.org.id }, data: { until: new Date() } });
    const after = await visibleThreeWays(w.live.ctx, w.caseId);
    expect({ app: after.getCase.size, where: after.noteWhere.size, sql: after.sql.size }).toEqual({ app: 0, where: 0, sql: 0 });
  });
});
