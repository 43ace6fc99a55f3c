import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { HOSTILE_STRINGS, hostileInput } from "../fixtures/hostile-input";
import { login } from "./helpers";
import { appRoutes } from "./routes";

// Issue 13 item 5 over HTTP, against the production build: hostile path
// segments and query strings on every page and route handler, and hostile
// bodies (JSON, React's reference syntax, garbage, wrong content types)
// posted to every server action by its id. Never HTTP 500. What the actions
// do with valid-looking hostile values, and that no other organisation's
// row changes, is tests/integration/fuzz-actions.test.ts.

const RUNS = Number(process.env.FUZZ_HTTP_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261306);

type ActionEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };

/** The server actions of the build, each with a page that serves it (from Next.js's manifest). */
function builtActions(): { id: string; name: string; page: string }[] {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, ActionEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0]!;
    const page = `/${worker.replace(/^app\//, "").replace(/\/page$/, "").split("/").filter((s) => !/^\(.*\)$/.test(s)).map((s) => (/^\[.*\]$/.test(s) ? crypto.randomUUID() : s)).join("/")}`;
    return { id, name: `${entry.filename}#${entry.exportedName}`, page };
  });
}

const segment = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 1000)), fc.string({ maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 }));
const queryString = fc.dictionary(fc.oneof(fc.constantFrom("q", "stage", "cursor", "efter", "vis", "periode", "sagsbehandler", "cprToken", "type", "callbackUrl", "udloebet"), fc.string({ maxLength: 10 })), segment, { maxKeys: 4 });

/**
 * encodeURIComponent, also for a string with a lone surrogate (which it
 * refuses): such a string goes out as the invalid UTF-8 a hostile client
 * would send for it (CESU-style %ED%BF%BF), so the server still meets it.
 */
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.split(/([\ud800-\udfff])/).map((part) => (/^[\ud800-\udfff]$/.test(part) ? "%ED%BF%BF" : encodeURIComponent(part))).join("");
  }
}

/** A path with its dynamic segments (and sometimes a static one) replaced by hostile values, and a hostile query. */
function hostilePath(route: string, values: string[], query: Record<string, string>): string {
  let i = 0;
  const parts = route.split("/").map((part) => (/^[0-9a-f-]{36}$|^ukendt\.ics$|^session$/.test(part) ? encodeSegment(values[i++ % values.length]!) : part));
  const search = new URLSearchParams(query).toString();
  return `${parts.join("/")}${search ? `?${search}` : ""}`;
}

async function expectNo500(client: APIRequestContext, url: string, init: Parameters<APIRequestContext["fetch"]>[1], counts: Map<number, number>): Promise<void> {
  const response = await client.fetch(url, { maxRedirects: 0, failOnStatusCode: false, ...init });
  counts.set(response.status(), (counts.get(response.status()) ?? 0) + 1);
  expect(response.status(), `${init?.method ?? "GET"} ${url}`).toBeLessThan(500);
}

const summary = (counts: Map<number, number>) => [...counts].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`).join(", ");

test.describe.configure({ timeout: 600_000 });

test("hostile paths and queries on every page and route handler never get a 500", async ({ page }) => {
  await login(page, "sagsbehandler@vejle.demo");
  const counts = new Map<number, number>();
  const routes = appRoutes();
  for (const route of routes) {
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 2 }), queryString, async (values, query) => {
        await expectNo500(page.request, hostilePath(route.path, values, query), { method: "GET" }, counts);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }
  console.log(`http fuzz GET (seed ${SEED}): ${routes.length} routes x ${RUNS} runs = ${routes.length * RUNS} requests; statuses ${summary(counts)}`);
});

// React's reply syntax: "$" references, a body it cannot parse, a form where JSON is expected.
const rawBody = fc.oneof(
  fc.constantFrom("", "[", "{}", "null", '["$Q1"]', '["$@1"]', '["$K1"]', '["$h1"]', '["$F1"]', '["$T"]', '["$n1"]', '["$D"]', '["$undefined",{"$":"$$"}]', "\u0000", "x".repeat(50_000)),
  fc.string({ maxLength: 200 }),
  fc.json(),
);

test("hostile bodies posted to every server action never get a 500", async ({ page, baseURL }) => {
  await login(page, "sagsbehandler@vejle.demo");
  const actions = builtActions();
  expect(actions.length).toBeGreaterThanOrEqual(40);
  const ids = [crypto.randomUUID(), "00000000-0000-0000-0000-000000000000", "' OR 1=1 --"];
  const vocabulary = { keys: ["caseId", "id", "meetingId", "taskId", "reportId", "text", "reason", "category", "orgId", "userId", "cpr", "termin"], literals: [], literalsOf: new Map() };
  const body = fc.oneof({ weight: 2, arbitrary: hostileInput(vocabulary, ids).map((input) => JSON.stringify([input]) ?? "[]") }, { weight: 1, arbitrary: rawBody });
  const contentType = fc.constantFrom("text/plain;charset=UTF-8", "text/plain;charset=UTF-8", "application/json", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/octet-stream");
  const counts = new Map<number, number>();
  for (const action of actions) {
    await fc.assert(
      fc.asyncProperty(body, contentType, async (data, type) => {
        const headers = { "Next-Action": action.id, "Content-Type": type, Origin: baseURL!, Accept: "text/x-component" };
        await expectNo500(page.request, action.page, { method: "POST", headers, data }, counts);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }
  console.log(`http fuzz actions (seed ${SEED}): ${actions.length} server actions x ${RUNS} runs = ${actions.length * RUNS} requests; statuses ${summary(counts)}`);
});
