import { expect, test } from "@playwright/test";
import { demoCases } from "../../prisma/seed/demo-cases";
import { expectNoSeriousA11yViolations, login, searchByCpr, unfold } from "./helpers";

// The seed is deterministic: case 1 belongs to Vejle, and Fredericia does not
// participate in it (see prisma/seed/demo-cases.ts).
const vejleCase = demoCases()[1]!;
const cprWithDash = `${vejleCase.cpr.slice(0, 6)}-${vejleCase.cpr.slice(6)}`;

test("a sagsbehandler finds a case by CPR, changes its stage and sees her own view in the log; an outsider gets 404", async ({ page, browser }) => {
  await login(page, "sagsbehandler@vejle.demo");
  await expect(page.getByRole("heading", { name: "Sager", level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // An invalid CPR is named as such and stays in the field to be corrected.
  await searchByCpr(page, "3213-99");
  await expect(page.getByText("Ugyldigt CPR-nummer.")).toBeVisible();
  await expect(page.getByLabel("CPR-nummer")).toHaveValue("3213-99");

  await searchByCpr(page, cprWithDash);
  const name = `${vejleCase.firstName} ${vejleCase.lastName}`;
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2); // header + exactly one match
  // The CPR number never travels in the URL (history, logs, Referer): only encrypted.
  expect(page.url()).toContain("cprToken=");
  expect(page.url()).not.toContain(vejleCase.cpr.slice(6));
  await page.getByRole("link", { name }).click();

  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText(`${vejleCase.cpr.slice(0, 6)}-XXXX`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const caseUrl = page.url();

  await page.getByRole("button", { name: /Vis CPR/ }).click();
  await expect(page.getByText(cprWithDash)).toBeVisible();

  // A transition without a reason is refused with a Danish message on the field.
  await unfold(page, "Ændr fasen");
  await page.getByLabel("Ny fase").selectOption({ label: "Indsats" });
  await page.getByRole("button", { name: "Skift fase" }).click();
  await expect(page.getByText("Skriv en begrundelse (mindst 5 tegn)")).toBeVisible();
  await page.getByLabel("Begrundelse").fill("Børnefaglig undersøgelse afsluttet, støttende indsats besluttet");
  await page.getByRole("button", { name: "Skift fase" }).click();
  await expect(page.getByText("Udredning → Indsats")).toBeVisible();
  await expect(page.getByText("Børnefaglig undersøgelse afsluttet, støttende indsats besluttet")).toBeVisible();
  // The form offers the next stages at once, without a reload.
  await page.getByLabel("Ny fase").selectOption({ label: "Opfølgning" });
  await page.getByLabel("Begrundelse").fill("Indsatsen er i gang, første opfølgning planlagt");
  await page.getByRole("button", { name: "Skift fase" }).click();
  await expect(page.getByText("Indsats → Opfølgning")).toBeVisible();

  await page.reload();
  const log = page.getByRole("region", { name: "Hvem har set sagen" });
  await expect(log.getByRole("row", { name: /Sofie Sagsbehandler.*Åbnede sagen/ }).first()).toBeVisible();
  await expect(log.getByRole("row", { name: /Viste fuldt CPR-nummer/ })).toBeVisible();
  await expect(log.getByRole("row", { name: /Skiftede fase/ })).toHaveCount(2);

  // A separate browser context: the outsider has her own session cookie.
  const outsiderContext = await browser.newContext();
  const outsider = await outsiderContext.newPage();
  await login(outsider, "sagsbehandler@fredericia.demo");
  const response = await outsider.goto(caseUrl);
  expect(response?.status()).toBe(404);
  await expect(outsider.getByRole("heading", { name: "Siden findes ikke" })).toBeVisible();
  await expect(outsider.getByText(name)).toHaveCount(0);
  await expectNoSeriousA11yViolations(outsider);
  await outsiderContext.close();
});

test("creating a case validates the CPR in Danish and opens the new case", async ({ page }) => {
  await login(page, "sagsbehandler@vejle.demo");
  await page.goto("/sager/ny");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("CPR-nummer").fill("310299-4000"); // 31 February does not exist
  await page.getByLabel("Fornavn").fill("Test");
  await page.getByLabel("Efternavn").fill("Testesen");
  await page.getByRole("button", { name: "Opret sag" }).click();
  await expect(page.locator("p", { hasText: "CPR-nummerets dato findes ikke" })).toBeVisible();
  await expect(page).toHaveURL(/\/sager\/ny$/);

  // A failed modulus-11 check is a warning, not an error.
  await page.getByLabel("CPR-nummer").fill("150392-4002");
  await expect(page.getByText(/modulus 11/)).toBeVisible();
  await page.getByRole("button", { name: "Opret sag" }).click();
  await expect(page.getByRole("heading", { name: "Test Testesen", level: 1 })).toBeVisible();
  await expect(page.getByText("Oprettet i Opsporing")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a user with two memberships switches organisation, and the session follows", async ({ page }) => {
  await login(page, "koordinator@vejle.demo");
  await expect(page.getByText("Karen Koordinator · Sagsbehandler · Vejle Kommune – Familieafdelingen")).toBeVisible();
  await page.getByLabel("Organisation").selectOption({ label: "Vejle Kommune – Sundhedsplejen (Sundhedsplejerske)" });
  await page.getByRole("button", { name: "Skift" }).click();
  await expect(page.getByText("Karen Koordinator · Sundhedsplejerske · Vejle Kommune – Sundhedsplejen")).toBeVisible();
  // Sundhedsplejen is not responsible for any case: creating one is not offered to its role.
  await expect(page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Ny sag" })).toHaveCount(0);
  await page.goto("/sager/ny");
  await expect(page.getByText("Din rolle kan ikke oprette sager.")).toBeVisible();

  const copied = await page.context().cookies();
  await page.getByRole("button", { name: "Log ud" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/sager");
  await expect(page).toHaveURL(/\/login/);
  // Sign-out ends the session on the server too: a copy of the old cookie no longer works.
  await page.context().addCookies(copied);
  await page.goto("/sager");
  await expect(page).toHaveURL(/\/login/);
});
