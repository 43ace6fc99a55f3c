import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";

// The leader's overview (issue 12): the leder opens it from the menu, filters
// it, and follows a stage count to the case list; a sagsbehandler has no link
// and gets 404.

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
  const link = stages.getByRole("row", { name: /Opsporing/ }).getByRole("link");
  const counted = Number(await link.innerText());
  await link.click();
  await expect(page).toHaveURL(/\/sager\?stage=OPSPORING&responsible=1/);
  await expect(page.getByText("Viser kun sager, jeres organisation er ansvarlig for")).toBeVisible();
  if (counted <= 25) await expect(page.getByRole("table").getByRole("row")).toHaveCount(counted + 1);
});

test("a sagsbehandler has no Overblik link and gets the 404 page", async ({ page }) => {
  await login(page, "sagsbehandler@vejle.demo");
  await expect(page.getByRole("navigation").getByRole("link", { name: "Overblik" })).toHaveCount(0);
  const response = await page.goto("/overblik");
  expect(response?.status()).toBe(404);
});
