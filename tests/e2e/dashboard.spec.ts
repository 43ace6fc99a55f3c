import ExcelJS from "exceljs";
import pg from "pg";
import { expect, test, type Locator } from "@playwright/test";
import { e2eDatabaseUrl } from "./database-url";
import { expectNoSeriousA11yViolations, login } from "./helpers";

// The leader's overview (issue 12): the leder opens it from the menu, filters
// it, follows a stage count and a missed-BFU count to exactly the counted
// cases, and exports a table that opens with the page's numbers; a
// sagsbehandler has no link and gets 404 for the page and its exports.

test("the leder opens Overblik, filters to a period, and a stage count leads to its cases", async ({ page }) => {
  await login(page, "leder@vejle.demo");
  await page.getByRole("navigation").getByRole("link", { name: "Overblik" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overblik" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sager pr. sagsbehandler" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Aktive sager pr. sagsbehandler og fase" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 844 }); // wide tables scroll on a phone
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 1366, height: 900 });

  await page.getByLabel("Periode", { exact: true }).selectOption({ label: "Dette år" });
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/periode=aar/);
  await expect(page.getByText(/Dette år \(/)).toBeVisible();

  const stages = page.getByRole("table", { name: /Aktive sager pr. fase/ });
  // The demo kommune has at least five cases in Opsporing (mothers and unborn children): a linked count.
  const link = stages.getByRole("row", { name: /Opsporing/ }).getByRole("link").first();
  const counted = Number(await link.innerText());
  await link.click();
  await expect(page).toHaveURL(/\/sager\?stage=OPSPORING&responsible=1/);
  await expect(page.getByText("Viser kun sager, jeres organisation er ansvarlig for")).toBeVisible();
  if (counted <= 25) await expect(page.getByRole("table").getByRole("row")).toHaveCount(counted + 1);
});

test("a custom period with the days the wrong way round is named in Danish, and the page still shows figures", async ({ page }) => {
  await login(page, "leder@vejle.demo");
  await page.goto("/overblik?periode=egen&fra=2026-11-30&til=2026-11-01");
  await expect(page.getByText("Til-datoen skal være samme dag som fra-datoen eller senere.")).toBeVisible();
  await expect(page.getByLabel("Fra (egen periode)")).toHaveValue("2026-11-30");
  await expect(page.getByRole("table", { name: "Frister med forfald i perioden" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

/** Five of Vejle's active cases get Sofie as caseworker and a BFU clock two hours overdue; returns the sagsnumre of every case with one. */
async function missedBfuForSofie(): Promise<number[]> {
  const db = new pg.Client({ connectionString: e2eDatabaseUrl(process.env.TEST_DATABASE_URL!) });
  await db.connect();
  try {
    const sofie = (await db.query(`SELECT id FROM "User" WHERE email = 'sagsbehandler@vejle.demo'`)).rows[0].id as string;
    const org = (await db.query(`SELECT "orgId" FROM "Membership" WHERE "userId" = $1::uuid`, [sofie])).rows[0].orgId as string;
    const cases = (await db.query(
      `SELECT id FROM "CaseFile" WHERE "responsibleOrgId" = $1::uuid AND "closedAt" IS NULL AND "mergedIntoCaseId" IS NULL ORDER BY "caseNumber" LIMIT 5`, [org],
    )).rows.map((r) => r.id as string);
    for (const id of cases) {
      await db.query(`UPDATE "CaseFile" SET "caseworkerUserId" = $1::uuid WHERE id = $2::uuid`, [sofie, id]);
      await db.query(
        `INSERT INTO "Deadline" (id, "caseId", "orgId", "ruleId", label, "legalReference", "dueAt", status)
         VALUES (gen_random_uuid(), $1::uuid, $2::uuid, 'bfu-4-maaneder', 'Børnefaglig undersøgelse afsluttet', 'Barnets Lov § 20, stk. 3', now() - interval '2 hours', 'OPEN')`,
        [id, org],
      );
    }
    // Independently of the app: every case of Sofie's with a BFU clock missed this year.
    const expected = await db.query(
      `SELECT DISTINCT c."caseNumber" FROM "CaseFile" c JOIN "Deadline" d ON d."caseId" = c.id
       WHERE c."caseworkerUserId" = $1::uuid AND d."orgId" = $2::uuid AND d."ruleId" = 'bfu-4-maaneder' AND d.status <> 'CANCELLED'
         AND d."dueAt" >= date_trunc('year', now() AT TIME ZONE 'Europe/Copenhagen') AT TIME ZONE 'Europe/Copenhagen'
         AND (d."metAt" > d."dueAt" OR (d."metAt" IS NULL AND d.status = 'OPEN' AND d."dueAt" < now()))`,
      [sofie, org],
    );
    return expected.rows.map((r) => Number(r.caseNumber));
  } finally {
    await db.end();
  }
}

const cellTexts = async (row: Locator) => (await row.locator("th, td").allInnerTexts()).map((t) => t.trim());

test.describe("drill-down and export", () => {
  test.skip(!process.env.TEST_DATABASE_URL, "gives a caseworker missed BFU clocks straight in the e2e PostgreSQL database");

  test("the leder filters to one caseworker, follows missed BFU clocks to exactly those cases, and exports the table", async ({ page }) => {
    const expected = await missedBfuForSofie();
    expect(expected.length).toBeGreaterThanOrEqual(5);
    await login(page, "leder@vejle.demo");
    await page.goto("/overblik");
    await page.getByLabel("Periode", { exact: true }).selectOption({ label: "Dette år" });
    await page.getByLabel("Sagsbehandler", { exact: true }).selectOption({ label: "Sofie Sagsbehandler" });
    await page.getByRole("button", { name: "Vis" }).click();
    await expect(page.getByText("Sagsbehandler: Sofie Sagsbehandler")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const clocks = page.getByRole("table", { name: "Frister med forfald i perioden" });
    const bfu = clocks.getByRole("row", { name: /Børnefaglig undersøgelse/ });
    const onPage = await cellTexts(bfu);
    const missed = bfu.getByRole("cell").nth(3).getByRole("link");
    await expect(missed).toHaveText(String(expected.length));

    // The export of the same table: the page's cells, row for row.
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Excel (Frister med forfald i perioden)" }).click();
    const file = await (await download).path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const rows: string[][] = [];
    book.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
    expect(rows[1]?.[0]).toContain("sagsbehandler: Sofie Sagsbehandler");
    for (const row of await clocks.getByRole("row").all()) {
      const texts = await cellTexts(row);
      expect(rows, `the export has the row ${texts[0]}`).toContainEqual(texts);
    }
    expect(rows).toContainEqual(onPage);

    await missed.click();
    await expect(page).toHaveURL(/\/sager\?clock=bfu-4-maaneder&outcome=missed&from=\d{4}-01-01&to=\d{4}-12-31&caseworker=/);
    await expect(page.getByText(/for den valgte sagsbehandler, med fristen "Børnefaglig undersøgelse inden 4 måneder" overskredet/)).toBeVisible();
    const listed = page.getByRole("table").getByRole("row");
    await expect(listed).toHaveCount(expected.length + 1);
    const numbers = (await page.getByRole("table").locator("tbody tr td:nth-child(2)").allInnerTexts()).map((t) => Number(t.replace(/\D/g, "")));
    expect(numbers.sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    await expectNoSeriousA11yViolations(page);
  });
});

test("a sagsbehandler has no Overblik link and gets the 404 page, and 404 for the exports", async ({ page }) => {
  await login(page, "sagsbehandler@vejle.demo");
  await expect(page.getByRole("navigation").getByRole("link", { name: "Overblik" })).toHaveCount(0);
  const response = await page.goto("/overblik");
  expect(response?.status()).toBe(404);
  const exported = await page.request.get("/api/overblik/eksport?tabel=frister&format=xlsx");
  expect(exported.status()).toBe(404);
});
