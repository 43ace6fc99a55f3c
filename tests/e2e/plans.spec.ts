import pg from "pg";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { demoCases } from "../../prisma/seed/demo-cases";
import { e2eDatabaseUrl } from "./database-url";
import { expectNoSeriousA11yViolations, login, searchByCpr, unfold } from "./helpers";

// The plan's journey (issue 11): the sagsbehandler drafts barnets plan with
// three interventions (the rusmiddelcenter, sundhedsplejen, the
// familieafdeling) and sends it by keyboard; the leder approves it; the
// behandler sees her intervention and its follow-up task under "Min del af
// planen" and records progress; the plan is revised after the birth with
// reason "Fødsel" and the diff shows the change; the behandler's PDF holds
// the goals and not the interventions of organisations she may not see.
// Demo case 18 (Vejle; the rusmiddelcenter and sundhedsplejen take part) is
// no other spec's.
const demo = demoCases()[18]!;
const VEJLE = "Vejle Kommune – Familieafdelingen";
const RUSMIDDEL = "Vejle Kommune – Voksen- og rusmiddelcenter";
const SUNDHEDSPLEJE = "Vejle Kommune – Sundhedsplejen";
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Copenhagen" });

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

async function tabTo(page: Page, target: Locator, max = 15): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  await expect(target).toBeFocused();
}

/** The rusmiddelcenter is given the familieafdeling's PLAN records (as a statutory basis would), straight in the e2e database. */
async function planBasisFor(caseId: string): Promise<void> {
  const db = new pg.Client({ connectionString: e2eDatabaseUrl(process.env.TEST_DATABASE_URL!) });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO "SharingBasis" (id, "caseId", "recipientOrgId", category, kind, "statutoryCode", reason, "grantedByOrgId", "grantedByName", "validFrom")
       SELECT gen_random_uuid(), $1::uuid, r.id, 'PLAN', 'STATUTORY', 'SUL_43_2', 'Koordinering af planen', f.id, 'Sofie Sagsbehandler', now() - interval '1 minute'
       FROM "Organization" r, "Organization" f WHERE r.name = $2 AND f.name = $3`,
      [caseId, RUSMIDDEL, VEJLE],
    );
  } finally {
    await db.end();
  }
}

test.skip(!process.env.TEST_DATABASE_URL, "gives a sharing basis straight in the e2e PostgreSQL database");

async function addIntervention(page: Page, n: number, v: { track: string; entry: string; org: string; goal: string }) {
  await page.getByRole("button", { name: "Tilføj indsats" }).click();
  const item = page.getByRole("listitem").filter({ has: page.getByLabel(`Indsats ${n}: spor`) });
  await item.getByLabel(`Indsats ${n}: spor`).selectOption({ label: v.track });
  await item.getByLabel("Indsats fra kataloget").selectOption({ label: v.entry });
  await item.getByLabel("Ansvarlig organisation").selectOption({ label: v.org });
  await item.getByLabel("Start", { exact: true }).fill(day(0));
  await item.getByLabel("Opfølgning", { exact: true }).fill(day(30));
  await item.getByLabel("Hyppighed").fill("Hver uge");
  await item.getByLabel(v.goal).check();
}

test("barnets plan: drafted, approved, followed by the behandler, revised after the birth, downloaded as PDF", async ({ page, browser }) => {
  test.setTimeout(240_000);
  expect(demo.participants).toEqual(expect.arrayContaining(["rusmiddel", "sundhedspleje"]));
  await login(page, "sagsbehandler@vejle.demo");
  await searchByCpr(page, `${demo.cpr.slice(0, 6)}-${demo.cpr.slice(6)}`);
  await page.getByRole("link", { name: `${demo.firstName} ${demo.lastName}` }).click();
  await page.waitForURL(/\/sager\/[0-9a-f-]{36}$/);
  const caseId = new URL(page.url()).pathname.split("/").at(-1)!;

  // --- The sagsbehandler starts and drafts barnets plan. ---
  const plans = page.getByRole("region", { name: "Handleplaner" });
  await expect(plans.getByText("Der er ingen plan på sagen")).toBeVisible();
  await plans.getByLabel("Ny plan").selectOption({ label: "Barnets plan (Barnets Lov §§ 91-92)" });
  await plans.getByRole("button", { name: "Opret plan" }).click();
  await page.waitForURL(/\/planer\/[0-9a-f-]{36}$/);
  const planUrl = new URL(page.url()).pathname;
  const planId = planUrl.split("/").at(-1)!;
  await expect(page.getByRole("heading", { name: "Barnets plan", level: 1 })).toBeVisible();

  // A goal without a target date: the error summary, nothing saved.
  await page.getByLabel("Formål").fill("At barnet får en tryg start, og at mor er stabil i sin behandling.");
  await page.getByRole("button", { name: "Tilføj mål" }).click();
  await page.getByLabel("Mål 1", { exact: true }).fill("Mor er stabil i behandlingen");
  await page.getByRole("button", { name: "Gem kladde" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Vælg en måldato" });
  await expect(summary).toBeFocused();
  await page.getByRole("listitem").filter({ has: page.getByLabel("Mål 1", { exact: true }) }).getByLabel("Måldato").fill(day(120));
  await page.getByRole("button", { name: "Tilføj mål" }).click();
  await page.getByLabel("Mål 2", { exact: true }).fill("Barnet trives efter fødslen");
  await page.getByRole("listitem").filter({ has: page.getByLabel("Mål 2", { exact: true }) }).getByLabel("Måldato").fill(day(240));

  await addIntervention(page, 1, { track: "Sundhed", entry: "Lægelig stofmisbrugsbehandling med substitution (Sundhedsloven § 142)", org: RUSMIDDEL, goal: "Mor er stabil i behandlingen" });
  await addIntervention(page, 2, { track: "Sundhed", entry: "Sundhedsplejens ekstra besøg (Sundhedsloven §§ 120-126)", org: SUNDHEDSPLEJE, goal: "Barnet trives efter fødslen" });
  await addIntervention(page, 3, { track: "Socialt", entry: "Familiebehandling (Barnets Lov § 32, stk. 1, nr. 3)", org: VEJLE, goal: "Barnet trives efter fødslen" });
  await page.getByRole("listitem").filter({ has: page.getByLabel("Indsats 1: spor") }).getByLabel("Ansvarlig person (valgfri)").selectOption({ label: "Bo Behandler" });
  await page.getByRole("button", { name: "Gem kladde" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Kladden er gemt" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Sent by keyboard.
  const send = page.getByRole("button", { name: "Send til godkendelse" });
  await send.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Version 1: Sendt til godkendelse" })).toBeVisible();

  // --- The leder approves by keyboard. ---
  const leder = await signedIn(browser, "leder@vejle.demo");
  await leder.goto(planUrl);
  await leder.getByLabel("Kommentar til godkendelsen").focus();
  await leder.keyboard.type("Godkendt på teammødet.");
  await tabTo(leder, leder.getByRole("button", { name: "Godkend planen" }));
  await leder.keyboard.press("Enter");
  await expect(leder.getByRole("heading", { name: "Version 1: Godkendt" })).toBeVisible();
  await expectNoSeriousA11yViolations(leder);
  await page.goto(`/sager/${caseId}`);
  await expect(page.getByRole("region", { name: "Handleplaner" }).getByText(/^Godkendt \d+\. \w+\.? \d{4}, næste opfølgning/)).toBeVisible();

  // --- The behandler: her part, its task, and progress. ---
  const bo = await signedIn(browser, "behandler@vejle.demo");
  await bo.goto(`/sager/${caseId}`);
  const myPart = bo.getByRole("region", { name: "Handleplaner" });
  await expect(myPart.getByRole("heading", { name: "Min del af planen" })).toBeVisible();
  await expect(myPart.getByText("Opgave: Opfølgning på indsats: Lægelig stofmisbrugsbehandling med substitution")).toBeVisible();
  await expect(myPart.getByText("Sundhedsplejens ekstra besøg")).toHaveCount(0);
  await myPart.getByRole("link", { name: "Lægelig stofmisbrugsbehandling med substitution" }).click();
  await bo.waitForURL(/#min-del$/);
  const part = bo.getByRole("region", { name: "Min del af planen" });
  await expect(part.getByText("Mor er stabil i behandlingen")).toBeVisible();
  await expect(part.getByText("Barnet trives efter fødslen")).toHaveCount(0);
  await part.getByLabel("Hvad er sket?").selectOption({ label: "Startet" });
  await part.getByLabel("Note (valgfri)").fill("Første samtale holdt");
  await part.getByRole("button", { name: "Registrér fremdrift" }).click();
  await expect(part.getByText(/Startet .* \(Bo Behandler\): Første samtale holdt/)).toBeVisible();
  await expect(part.getByText(/Mor er stabil i behandlingen – senest .* · I gang/)).toBeVisible();
  await expectNoSeriousA11yViolations(bo);

  // --- After the birth: a new version with reason "Fødsel", and the diff. ---
  await page.goto(planUrl);
  await unfold(page, "Start en ny version");
  await page.getByLabel("Hvorfor revideres planen?").selectOption({ label: "Fødsel" });
  await page.getByRole("button", { name: "Start ny version" }).click();
  await expect(page.getByRole("heading", { name: "Kladde, version 2" })).toBeVisible();
  await page.getByRole("listitem").filter({ has: page.getByLabel("Indsats 2: spor") }).getByLabel("Opfølgning", { exact: true }).fill(day(14));
  await page.getByRole("button", { name: "Gem kladde" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Kladden er gemt" })).toBeVisible();
  const changes = page.getByRole("region", { name: "Ændringer siden sidst godkendte version" });
  await expect(changes.getByText(/Ændret indsats: Sundhedsplejens ekstra besøg: Opfølgning/)).toBeVisible();
  await expect(page.getByText("Revideret på grund af")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // --- The behandler's PDF, once the familieafdeling's PLAN records are open to her. ---
  await planBasisFor(caseId);
  const v1 = await (async () => {
    await bo.goto(planUrl);
    return new URL(await bo.getByRole("link", { name: "Hent som PDF" }).getAttribute("href") ?? "", "http://x").searchParams.get("version")!;
  })();
  const response = await bo.request.get(`/api/planer/${planId}/pdf?version=${v1}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const { extractText } = await import("unpdf");
  const { text } = await extractText(new Uint8Array(await response.body()), { mergePages: true });
  expect(text).toContain("Barnets plan");
  expect(text).toContain("Version 1");
  expect(text).toContain("Mor er stabil i behandlingen");
  expect(text).toContain("Barnet trives efter fødslen");
  expect(text).toContain("Lægelig stofmisbrugsbehandling med substitution");
  expect(text).not.toContain("Sundhedsplejens ekstra besøg");
  expect(text).not.toContain("Familiebehandling");
  // An outsider's PDF request: 404.
  const frida = await signedIn(browser, "sagsbehandler@fredericia.demo");
  expect((await frida.request.get(`/api/planer/${planId}/pdf?version=${v1}`)).status()).toBe(404);
  expect((await frida.goto(planUrl))?.status()).toBe(404);
});
