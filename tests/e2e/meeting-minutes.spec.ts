import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { demoCases } from "../../prisma/seed/demo-cases";
import { e2eDatabaseUrl } from "./database-url";
import { expectNoSeriousA11yViolations, login, searchByCpr } from "./helpers";

// The referat (issue 10 item 7, ADR 0025): the familieambulatorium's
// jordemoder writes it with the consent at the start naming the kommune and
// approves it; the kommune, invited, sees "ikke delt" until then and the
// referat after. Demo case 14 (Vejle, the familieambulatorium participates)
// is used by no other spec. The meeting itself is inserted here: scheduling
// is the meeting page's own spec.
const demo = demoCases()[14]!;
const ambulatorium = "Region Syddanmark – Familieambulatoriet";
const vejle = "Vejle Kommune – Familieafdelingen";

async function caseIdByCpr(page: Page): Promise<string> {
  await searchByCpr(page, `${demo.cpr.slice(0, 6)}-${demo.cpr.slice(6)}`);
  await page.getByRole("link", { name: `${demo.firstName} ${demo.lastName}` }).click();
  await page.waitForURL(/\/sager\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

/** A koordinationsmøde that began an hour ago, convened by the familieambulatorium, inviting its jordemoder and the kommune's sagsbehandler. */
async function insertMeeting(caseId: string): Promise<string> {
  const db = new pg.Client({ connectionString: e2eDatabaseUrl(process.env.TEST_DATABASE_URL!) });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(`
      WITH amb AS (SELECT id FROM "Organization" WHERE name = $2),
           jm AS (SELECT id, name FROM "User" WHERE email = 'jordemoder@familieambulatoriet.demo'),
           m AS (
             INSERT INTO "Meeting" (id, "caseId", "conveningOrgId", type, "startsAt", "endsAt", "idempotencyKey", "createdByUserId", "createdByName", "updatedAt")
             SELECT gen_random_uuid(), $1::uuid, amb.id, 'KOORDINATIONSMOEDE', now() - interval '1 hour', now(), gen_random_uuid()::text, jm.id, jm.name, now()
             FROM amb, jm RETURNING id, "conveningOrgId")
      SELECT id::text FROM m`, [caseId, ambulatorium]);
    const meetingId = rows[0]!.id;
    await db.query(`
      INSERT INTO "MeetingInvitee" (id, "meetingId", "caseId", kind, "orgId", "userId", name)
      SELECT gen_random_uuid(), $1::uuid, $2::uuid, 'PROFESSIONAL', mb."orgId", u.id, u.name
      FROM "User" u JOIN "Membership" mb ON mb."userId" = u.id
      WHERE u.email IN ('jordemoder@familieambulatoriet.demo', 'sagsbehandler@vejle.demo')`, [meetingId, caseId]);
    return meetingId;
  } finally {
    await db.end();
  }
}

test.skip(!process.env.TEST_DATABASE_URL, "inserts the meeting straight into the e2e PostgreSQL database");

test("the jordemoder writes and approves the referat; the kommune sees it only under the consent given at the start", async ({ page, browser }) => {
  expect(demo.kommune).toBe(0);
  expect(demo.participants).toContain("familieambulatoriet");
  await login(page, "sagsbehandler@vejle.demo");
  const caseId = await caseIdByCpr(page);
  const meetingId = await insertMeeting(caseId);

  await page.goto(`/moeder/${meetingId}`);
  await expect(page.getByText("Referatet er ikke delt med din organisation")).toBeVisible();

  const jmContext = await browser.newContext();
  const jm = await jmContext.newPage();
  await login(jm, "jordemoder@familieambulatoriet.demo");
  await jm.goto(`/moeder/${meetingId}`);
  const form = jm.locator("form", { has: jm.getByRole("heading", { name: "Skriv referat" }) });
  await form.getByRole("button", { name: "Tilføj handling" }).click();
  await form.getByRole("button", { name: "Gem udkast" }).click();
  await expect(form.locator("p", { hasText: "Skriv den overordnede problemstilling" })).toBeVisible();
  await expect(form.locator("p", { hasText: "Vælg den ansvarlige organisation" })).toBeVisible();
  await expect(form.locator("p", { hasText: "Vælg en frist" })).toBeVisible();

  await form.getByLabel("Den overordnede problemstilling").fill("Kvinden ønsker støtte frem mod fødslen.");
  await form.getByLabel("Konklusion").fill("Der etableres et fælles forløb.");
  await form.getByLabel("Plan", { exact: true }).fill("Ugentlige samtaler i familieambulatoriet.");
  await form.getByLabel("Roller og ansvar").fill("Familieambulatoriet er tovholder.");
  await form.getByLabel("Handling 1: hvad skal gøres?").fill("Send forløbsplan til kommunen");
  await form.getByLabel("Ansvarlig organisation").selectOption({ label: vejle });
  await form.getByLabel("Ansvarlig person (valgfri)").selectOption({ label: "Sofie Sagsbehandler" });
  const due = new Date(Date.now() + 7 * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Copenhagen" });
  await form.getByLabel("Frist").fill(due);
  for (const select of await form.getByRole("group", { name: "Fremmøde" }).getByRole("combobox").all()) await select.selectOption("MOEDT");
  await form.getByLabel("Samtykke indhentet ved mødets start").check();
  await form.getByLabel("Navn på den, der gav samtykket").fill(`${demo.firstName} ${demo.lastName}`);
  await form.getByRole("group", { name: "Organisationer, samtykket gælder" }).getByRole("checkbox", { name: vejle }).check();
  await form.getByRole("checkbox", { name: /^Møder/ }).check();
  await expectNoSeriousA11yViolations(jm);
  await form.getByRole("button", { name: "Gem udkast" }).click();
  await expect(jm.getByText("Udkastet er gemt.")).toBeVisible();

  // The draft is the convener's: the kommune still sees no referat.
  await page.reload();
  await expect(page.getByText("Der er endnu ikke et godkendt referat af mødet.")).toBeVisible();

  await jm.getByRole("button", { name: "Godkend referat" }).click();
  await jm.getByRole("button", { name: "Ja, godkend referatet" }).click();
  await expect(jm.getByText(/Status: godkendt/)).toBeVisible();
  await jm.getByLabel("Tillæg").fill("Rettelse: næste samtale er torsdag.");
  await jm.getByRole("button", { name: "Gem tillæg" }).click();
  await expect(jm.getByText("Rettelse: næste samtale er torsdag.")).toBeVisible();
  await expectNoSeriousA11yViolations(jm);
  await jmContext.close();

  await page.reload();
  await expect(page.getByText("Der etableres et fælles forløb.")).toBeVisible();
  await expect(page.getByText("Rettelse: næste samtale er torsdag.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The action is the sagsbehandler's task, linked back to the meeting.
  await page.goto("/opgaver");
  await expect(page.getByRole("link", { name: "Send forløbsplan til kommunen" }).first()).toHaveAttribute("href", `/moeder/${meetingId}`);
});
