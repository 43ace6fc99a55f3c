import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";

// User administration and "Mine sessioner" (ADR 0033): the administrator
// creates a user and hands her a one-time link, the user chooses a password
// and signs in; deactivation signs her out at once; a user ends one of her
// sessions and that browser is signed out. Other roles get 404.

const PASSWORD = "Fire-ord-er-nemme-at-huske";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ locale: "da-DK", timezoneId: "Europe/Copenhagen" })).newPage();
}

async function createUserWithPassword(admin: Page, browser: Browser, name: string, email: string): Promise<void> {
  await admin.getByLabel("E-mail", { exact: true }).fill(email);
  await admin.getByLabel("Navn", { exact: true }).fill(name);
  await admin.getByLabel("Rolle", { exact: true }).selectOption({ label: "Sagsbehandler" });
  await admin.getByRole("button", { name: "Opret bruger" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `${name} er oprettet.` })).toBeVisible();

  await admin.getByRole("button", { name: `Lav engangslink til adgangskode for ${name}` }).click();
  const shown = admin.getByRole("status").filter({ hasText: `Engangslink til ${name}` }).locator("code");
  const url = await shown.innerText();
  expect(url).toMatch(/\/adgangskode\/[A-Za-z0-9_-]{40,}$/);

  const user = await newPage(browser);
  await user.goto(url);
  await expect(user.getByRole("heading", { name: "Vælg adgangskode" })).toBeVisible();
  await expectNoSeriousA11yViolations(user);
  await user.getByLabel("Ny adgangskode").fill("for-kort");
  await user.getByLabel("Gentag adgangskoden").fill("for-kort");
  await user.getByRole("button", { name: "Gem adgangskode" }).click();
  await expect(user.getByText("Adgangskoden skal have mindst 12 tegn")).toBeVisible();
  await user.getByLabel("Ny adgangskode").fill(PASSWORD);
  await user.getByLabel("Gentag adgangskoden").fill(PASSWORD);
  await user.getByRole("button", { name: "Gem adgangskode" }).click();
  await expect(user.getByText("Din adgangskode er gemt.")).toBeVisible();
  // The link worked once.
  await user.goto(url);
  await expect(user.getByText(/^Linket virker ikke/)).toBeVisible();
  await user.context().close();
}

test("the administrator creates a user who sets her password by link and signs in; deactivation signs her out at once", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const name = `Nina Ny ${stamp}`;
  const email = `nina-${stamp}@vejle.demo`;
  await login(page, "admin@vejle.demo");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Brugere" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Brugere" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A bad e-mail is refused on its field, and nothing is created.
  await page.getByLabel("E-mail", { exact: true }).fill("ikke-en-adresse");
  await page.getByRole("button", { name: "Opret bruger" }).click();
  await expect(page.getByText("Skriv en gyldig e-mailadresse")).toBeVisible();
  await expect(page.getByLabel("E-mail", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await createUserWithPassword(page, browser, name, email);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Aktiv");
  await expectNoSeriousA11yViolations(page);

  const nina = await newPage(browser);
  await login(nina, email, PASSWORD);
  await expect(nina.getByText(`${name} · Sagsbehandler`)).toBeVisible();

  await page.getByRole("button", { name: `Deaktivér ${name}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Deaktiveret");
  await nina.goto("/sager");
  await expect(nina).toHaveURL(/\/login/);
  await nina.context().close();
});

test("a user ends another of her sessions on Mine sessioner, and that browser is signed out", async ({ page, browser }) => {
  const other = await newPage(browser);
  await login(other, "sagsbehandler@fredericia.demo");
  await login(page, "sagsbehandler@fredericia.demo");
  await page.getByRole("link", { name: "Mine sessioner" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mine sessioner" })).toBeVisible();
  await expect(page.getByText("Denne browser")).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  const others = page.getByRole("listitem").filter({ hasText: "Anden browser" });
  const before = await others.count();
  expect(before).toBeGreaterThan(0);
  await others.first().getByRole("button", { name: /Afslut session/ }).click();
  await expect(others).toHaveCount(before - 1);
  // The newest other session was the second browser's.
  await other.goto("/sager");
  await expect(other).toHaveURL(/\/login/);
  await page.goto("/sager");
  await expect(page).not.toHaveURL(/\/login/);
  await other.context().close();
});

test("other roles have no Brugere link and get the 404 page", async ({ page }) => {
  await login(page, "leder@vejle.demo");
  await expect(page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Brugere" })).toHaveCount(0);
  const response = await page.goto("/indstillinger/brugere");
  expect(response?.status()).toBe(404);
});
