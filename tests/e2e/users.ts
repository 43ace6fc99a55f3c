import { expect, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

// Users made through the administrator's screens (ADR 0033), for the specs
// that need a fresh account of their own.

/** The password the new users of these specs choose. */
export const NEW_USER_PASSWORD = "Fire-ord-er-nemme-at-huske";
const PASSWORD = NEW_USER_PASSWORD;

/** A second browser, signed in as nobody. */
export async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ locale: "da-DK", timezoneId: "Europe/Copenhagen" })).newPage();
}

/**
 * On the administrator's Brugere page: creates a SAGSBEHANDLER, makes her a
 * one-time link, and in a second browser chooses her password through it.
 */
export async function createUserWithPassword(admin: Page, browser: Browser, name: string, email: string): Promise<void> {
  await createUser(admin, name, email);

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

/** On the administrator's Brugere page: creates a SAGSBEHANDLER with no password (she may sign in by SSO). */
export async function createUser(admin: Page, name: string, email: string): Promise<void> {
  await admin.getByLabel("E-mail", { exact: true }).fill(email);
  await admin.getByLabel("Navn", { exact: true }).fill(name);
  await admin.getByLabel("Rolle", { exact: true }).selectOption({ label: "Sagsbehandler" });
  await admin.getByRole("button", { name: "Opret bruger" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `${name} er oprettet.` })).toBeVisible();
}
