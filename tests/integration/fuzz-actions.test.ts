/// <reference types="vite/client" />
// Issue 13 item 5: every server action gets a few hundred hostile inputs
// (seeded: a failure prints its seed and path to replay it) from a user of
// one organisation, holding ids of another's records. Never an unexpected
// error (what the browser would see as HTTP 500 or "Noget gik galt"), and
// not one row of the other organisation changes. HTTP-level refusals (the
// Origin check, the body limit) are tests/e2e/security-headers.spec.ts.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AccessContext } from "@/lib/access/context";
import { recordConsent } from "@/lib/consents/actions";
import { WRITTEN_CONSENT_BY_MOTHER } from "@/tests/fixtures/consents";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { hostileInput, vocabularyOf } from "@/tests/fixtures/hostile-input";
import { victimFingerprint } from "./fuzz/victim-rows";
import { act, freshTenant, owner, type Tenant } from "./helpers";

const acting: { ctx?: AccessContext } = {};
vi.mock("@/lib/auth/context", () => ({
  getAccessContext: async () => acting.ctx ?? null,
  requireAccess: async () => acting.ctx,
  currentMemberships: async () => [],
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined }), headers: async () => new Headers() }));
class Redirect extends Error {}
vi.mock("next/navigation", () => ({ redirect: () => { throw new Redirect(); }, notFound: () => { throw new Redirect(); } }));

// Every module with "use server" entry points, and every schema module: a new action is fuzzed without editing this file.
const ACTION_MODULES = import.meta.glob<Record<string, unknown>>(["/lib/**/server-actions.ts", "/lib/**/*-actions.ts"]);
const SCHEMA_MODULES = Object.values(import.meta.glob<Record<string, unknown>>(["/lib/**/schemas.ts", "/lib/domain/meetings/agreement.ts"]));
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261306);

let attacker: Tenant, victim: Tenant;
let ids: string[];
let victimCaseId: string;

beforeAll(async () => {
  attacker = await freshTenant("Fuzz Angriber");
  victim = await freshTenant("Fuzz Offer");
  const person = (t: Tenant, cpr: string) => createPerson(owner(), { ownerOrgId: t.org.id, firstName: "Fuzz", lastName: "Person", cpr });
  const own = await createCase(owner(), { subjectId: (await person(attacker, "0101901111")).id, responsibleOrgId: attacker.org.id, byUser: attacker.user });
  const victimPerson = await person(victim, "0202902222");
  // The victim's case has a third organisation on it (its consent goes there), never the attacker.
  const third = await freshTenant("Fuzz Tredje", "JORDEMODER", "FOEDESTED");
  const victimCase = await createCase(owner(), {
    subjectId: victimPerson.id, responsibleOrgId: victim.org.id, byUser: victim.user, stage: "UDREDNING",
    participants: [{ orgId: third.org.id, roleOnCase: "Fødested" }],
  });
  victimCaseId = victimCase.id;
  const note = await owner().note.create({ data: { caseId: victimCase.id, authorOrgId: victim.org.id, authorUserId: victim.user.id, authorName: victim.user.name, category: "SOCIALE_FORHOLD", text: "Offerets notat" } });
  const task = await owner().task.create({ data: { caseId: victimCase.id, orgId: victim.org.id, title: "Offerets opgave", sourceKind: "MANUAL" } });
  const consent = await act(victim.ctx, recordConsent, {
    ...WRITTEN_CONSENT_BY_MOTHER, caseId: victimCase.id, recipientOrgIds: [third.org.id], categories: ["STAMDATA"],
  } as never);
  ids = [
    own.id, victimCase.id, note.id, task.id, consent.id, victimPerson.id, victim.org.id, victim.user.id, third.org.id, attacker.org.id, attacker.user.id,
    randomUUID(), "00000000-0000-0000-0000-000000000000", "not-a-uuid", "' OR 1=1 --",
  ];
  acting.ctx = attacker.ctx;
}, 120_000);

type Outcome = { ok: boolean; code?: string };

/** Calls an action as the browser would; a thrown error (but a redirect) is what Next.js would answer with 500. */
async function call(action: (input: unknown) => Promise<unknown>, input: unknown, formData: boolean): Promise<Outcome> {
  const arg = formData ? toFormData(input) : input;
  try {
    const result = (await action(arg)) as Outcome | undefined;
    return result ?? { ok: true };
  } catch (error) {
    if (error instanceof Redirect) return { ok: true, code: "REDIRECT" };
    throw error;
  }
}

function toFormData(input: unknown): FormData {
  const form = new FormData();
  if (input && typeof input === "object") for (const [k, v] of Object.entries(input)) form.append(k, typeof v === "string" ? v : JSON.stringify(v) ?? "");
  return form;
}

const FORM_DATA_ACTIONS = new Set(["switchOrganizationAction", "searchCasesAction"]);

describe("fuzzing every server action", () => {
  it("never fails unexpectedly and never changes another organisation's rows", async () => {
    const vocabulary = vocabularyOf(await Promise.all(SCHEMA_MODULES.map((load) => load())));
    const before = await victimFingerprint({ orgId: victim.org.id, userId: victim.user.id, caseIds: [victimCaseId] });
    const figures: string[] = [];
    let total = 0;
    for (const [file, load] of Object.entries(ACTION_MODULES)) {
      const name = file.replace(/^\/lib\/|\.ts$/g, "");
      for (const [exported, action] of Object.entries(await load())) {
        if (typeof action !== "function") continue;
        const outcomes = new Map<string, number>();
        await fc.assert(
          fc.asyncProperty(hostileInput(vocabulary, ids), async (input) => {
            const outcome = await call(action as (input: unknown) => Promise<unknown>, input, FORM_DATA_ACTIONS.has(exported));
            const key = outcome.ok ? outcome.code ?? "ok" : outcome.code!;
            outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
            expect(outcome.code, `${name}.${exported}`).not.toBe("ERROR");
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
        total += RUNS;
        figures.push(`${name}.${exported}: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(", ")}`);
      }
    }
    const after = await victimFingerprint({ orgId: victim.org.id, userId: victim.user.id, caseIds: [victimCaseId] });
    console.log(`fuzz (seed ${SEED}): ${figures.length} server actions x ${RUNS} runs = ${total} hostile inputs, 0 unexpected errors, ` +
      `${Object.keys(before).length} tables of the other organisation unchanged\n  ${figures.join("\n  ")}`);
    expect(figures.length).toBeGreaterThanOrEqual(40);
    expect(after).toEqual(before);
  }, 900_000);
});
