import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";
import { createUserWithPassword, newPage, NEW_USER_PASSWORD as PASSWORD } from "./users";

// User administration and "Mine sessioner" (ADR 0033): the administrator
// creates a user and hands her a one-time link, the user chooses a password
// and signs in; deactivation signs her out at once; a user ends one of her
// sessions and that browser is signed out. Other roles get 404.

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
  await expect(page.getByRole("listitem", { name })).toContainText("Aktiv");
  await expectNoSeriousA11yViolations(page);

  const nina = await newPage(browser);
  await login(nina, email, PASSWORD);
  await expect(nina.getByText(`${name} · Sagsbehandler`)).toBeVisible();

  await page.getByRole("button", { name: `Deaktivér ${name}` }).click();
  await expect(page.getByRole("listitem", { name })).toContainText("Deaktiveret");
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
