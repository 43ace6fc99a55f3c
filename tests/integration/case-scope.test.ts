// The case scope (ADR 0009): every case action, called by an organisation in
// each relation to the case, is allowed exactly when the page offers it. The
// flags come from the page's own loader (getCasePage); each action runs in a
// transaction that is rolled back, so the checks do not change the case.
import { beforeAll, describe, expect, it } from "vitest";
import { withCaseScope, type CaseScope } from "@/lib/access/case-scope";
import { ForbiddenError, NotFoundError } from "@/lib/access/errors";
import type { AccessContext } from "@/lib/access/context";
import { ValidationError } from "@/lib/actions/result";
import { registerBirth } from "@/lib/births/actions";
import { addNote, changeStage, revealCpr } from "@/lib/cases/actions";
import { registerCaseEvent } from "@/lib/deadlines/actions";
import { assignCaseworker } from "@/lib/cases/caseworker";
import { getCasePage } from "@/lib/cases/case-page";
import { getCaseAudit, listCases } from "@/lib/cases/queries";
import { recordConsent, recordStatutoryBasis, withdrawConsent } from "@/lib/consents/actions";
import { recordConsentSchema } from "@/lib/consents/schemas";
import { addParticipant, appointCoordinator, removeParticipant } from "@/lib/participants/actions";
import { createPlan } from "@/lib/plans/create";
import { setCpr } from "@/lib/stamdata/cpr";
import { editStamdata } from "@/lib/stamdata/edit";
import { mergeCases } from "@/lib/stamdata/merge";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { act, freshTenant, owner, type Tenant } from "./helpers";

let kommune: Tenant;
let clinic: Tenant;
let jobcenter: Tenant;
let extra: Tenant;
let outsider: Tenant;
let caseId: string;
let consentId: string;

class Rollback extends Error {}

/** allowed: the access check passed (the action ran, or refused its input); denied: it did not. */
async function outcome(ctx: AccessContext, run: (scope: CaseScope) => Promise<unknown>): Promise<"allowed" | "denied"> {
  try {
    await withCaseScope(ctx, caseId, async (scope) => {
      await run(scope);
      throw new Rollback();
    });
  } catch (error) {
    if (error instanceof Rollback || error instanceof ValidationError) return "allowed";
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return "denied";
    throw error;
  }
  return "allowed";
}

const consentInput = () => recordConsentSchema.parse({
  caseId, givenBy: "MOTHER", givenByName: "Maja Scope", direction: "VIDEREGIVE", purpose: "Fælles forløb",
  form: "SKRIFTLIGT", evidence: "Blanket 4.0", recipientOrgIds: [jobcenter.org.id], categories: ["SOCIALE_FORHOLD"],
});

/** Every case action, keyed by the page flag that offers it. */
const actions: Record<string, (scope: CaseScope) => Promise<unknown>> = {
  changeStage: (s) => changeStage(s, { caseId, to: "UDREDNING", reason: "Afdækning iværksat" }),
  addNote: (s) => addNote(s, { caseId, category: "SOCIALE_FORHOLD", text: "Notat fra scope-testen" }),
  revealCpr: (s) => revealCpr(s),
  assignCaseworker: (s) => assignCaseworker(s, { caseId, userId: "" }),
  readAudit: (s) => getCaseAudit(s),
  registerBirth: (s) => registerBirth(s, { caseId, birthDate: "2026-11-30", childCpr: "3011264002", firstName: "Liv", lastName: undefined }),
  canManageConsents: (s) => recordConsent(s, consentInput()),
  canWithdraw: (s) => withdrawConsent(s, { caseId, consentId, reason: "Scope-test" }),
  canRecordStatutory: (s) => recordStatutoryBasis(s, { caseId, code: "SUL_43_2", recipientOrgId: kommune.org.id, categories: ["HELBRED"], reason: "Scope-test" }),
  canManageParticipants: (s) => addParticipant(s, { caseId, orgId: extra.org.id, roleOnCase: "Psykiatri", contactName: undefined, contactPhone: undefined, contactEmail: undefined, emergencyContact: undefined }),
  canRemoveParticipants: (s) => removeParticipant(s, { caseId, orgId: jobcenter.org.id }),
  canAppointCoordinator: (s) => appointCoordinator(s, { caseId, orgId: clinic.org.id, userName: undefined, handoverNote: "Scope-test" }),
  canRegisterEvents: (s) => registerCaseEvent(s, { caseId, event: "SUPPORT_DECIDED", day: new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Copenhagen" }) }),
  // Stamdata (ADR 0017): the responsible organisation only. Each refuses its
  // input here (the same CPR, no change, a merge with itself): the check passed.
  setCpr: (s) => setCpr(s, { cpr: "0304951234" }),
  editStamdata: (s) => editStamdata(s, { firstName: "Maja", lastName: "Scope", termin: null }),
  mergeCases: (s) => mergeCases(s, { cpr: "0304951234", targetCaseId: caseId }),
  // Plans (ADR 0027): the kind the organisation's type writes is checked after the access check.
  canCreatePlan: (s) => createPlan(s, { caseId, kind: "BARNETS_PLAN", consentId: undefined }),
};

/** The page's flags, as the components read them. */
async function pageFlags(ctx: AccessContext): Promise<Record<string, boolean>> {
  const page = await getCasePage(ctx, caseId);
  const consent = page.sharing.consents.find((c) => c.id === consentId);
  return {
    ...page.view.permissions,
    canManageConsents: page.sharing.canManageConsents,
    canWithdraw: consent?.canWithdraw ?? false,
    canRecordStatutory: page.sharing.canRecordStatutory,
    canManageParticipants: page.coordination.canManage,
    canRemoveParticipants: page.coordination.canManage,
    canAppointCoordinator: page.coordination.canManage,
    canRegisterEvents: page.deadlines.events.length > 0,
    setCpr: page.stamdata.canEdit,
    editStamdata: page.stamdata.canEdit,
    mergeCases: page.stamdata.canMerge,
    canCreatePlan: page.plans.canCreate,
  };
}

beforeAll(async () => {
  kommune = await freshTenant("Scope Kommune");
  clinic = await freshTenant("Scope Ambulatorium", "JORDEMODER", "FAMILIEAMBULATORIUM");
  // A caseworker role in a participating organisation: the relation, not the role, decides.
  jobcenter = await freshTenant("Scope Jobcenter", "SAGSBEHANDLER", "JOBCENTER");
  extra = await freshTenant("Scope Psykiatri", "LAEGE", "PSYKIATRI");
  outsider = await freshTenant("Scope Udenfor");
  const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Maja", lastName: "Scope", cpr: "0304951234" });
  caseId = (await createCase(owner(), {
    subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user,
    participants: [{ orgId: clinic.org.id, roleOnCase: "Familieambulatorium" }, { orgId: jobcenter.org.id, roleOnCase: "Jobcenter" }],
  })).id;
  consentId = (await act(kommune.ctx, recordConsent, recordConsentSchema.parse({
    caseId, givenBy: "MOTHER", givenByName: "Maja Scope", direction: "VIDEREGIVE", purpose: "Fælles forløb",
    form: "SKRIFTLIGT", evidence: "Blanket 4.0", recipientOrgIds: [clinic.org.id], categories: ["HELBRED", "STAMDATA"],
  }))).id;
});

describe("the case scope", () => {
  it.each([
    ["the responsible kommune", () => kommune, "RESPONSIBLE"],
    ["a participating clinic with a consent", () => clinic, "PARTICIPANT"],
    ["a participating caseworker without one", () => jobcenter, "PARTICIPANT"],
  ] as const)("allows %s exactly what its page offers", async (_label, tenant, relation) => {
    const { ctx } = tenant();
    expect((await withCaseScope(ctx, caseId, async (s) => s.relation))).toBe(relation);
    const flags = await pageFlags(ctx);
    const results: Record<string, boolean> = {};
    for (const [flag, run] of Object.entries(actions)) results[flag] = (await outcome(ctx, run)) === "allowed";
    expect(results).toEqual(Object.fromEntries(Object.keys(actions).map((flag) => [flag, flags[flag]])));
  });

  it("differs between the relations where the rules say so", async () => {
    const [responsible, participant] = [await pageFlags(kommune.ctx), await pageFlags(jobcenter.ctx)];
    expect(responsible).toMatchObject({ changeStage: true, canManageConsents: true, canWithdraw: true, readAudit: true, canManageParticipants: true });
    // A participant records consents it obtained (ADR 0025); withdrawing another's is the responsible organisation's.
    expect(participant).toMatchObject({ changeStage: false, canManageConsents: true, canWithdraw: false, readAudit: false, canManageParticipants: false, addNote: true });
    // The clinic sees the name under its STAMDATA consent, the jobcenter does not.
    expect((await pageFlags(clinic.ctx)).revealCpr).toBe(true);
    expect(participant.revealCpr).toBe(false);
  });

  it("logs a list's names of another organisation's citizens as disclosures, citing the basis that opened them", async () => {
    const shown = () => owner().disclosure.findMany({ where: { caseId, recordType: "Person", toOrgId: clinic.org.id } });
    const before = (await shown()).length;
    const list = await listCases(clinic.ctx, {});
    expect(list.cases.find((c) => c.id === caseId)?.subject.name).toBe("Maja Scope");
    const rows = await shown();
    expect(rows).toHaveLength(before + 1);
    const basis = await owner().sharingBasis.findFirstOrThrow({ where: { consentId, category: "STAMDATA" } });
    expect(rows.at(-1)).toMatchObject({ category: "STAMDATA", fromOrgId: kommune.org.id, basisId: basis.id, purpose: "Fælles forløb" });
    // The jobcenter sees the case without the name: nothing is disclosed.
    await listCases(jobcenter.ctx, {});
    expect(await owner().disclosure.count({ where: { caseId, recordType: "Person", toOrgId: jobcenter.org.id } })).toBe(0);
  });

  it("gives an outsider and an administrator NotFound for the page and every action, and changes nothing", async () => {
    const before = await owner().caseFile.findUniqueOrThrow({ where: { id: caseId }, include: { notes: true, participants: true, consents: true } });
    for (const ctx of [outsider.ctx, { ...kommune.ctx, role: "ADMIN" as const }]) {
      await expect(getCasePage(ctx, caseId)).rejects.toBeInstanceOf(NotFoundError);
      for (const run of Object.values(actions)) {
        await expect(withCaseScope(ctx, caseId, run)).rejects.toBeInstanceOf(NotFoundError);
      }
    }
    const after = await owner().caseFile.findUniqueOrThrow({ where: { id: caseId }, include: { notes: true, participants: true, consents: true } });
    expect(after).toEqual(before);
  });
});
