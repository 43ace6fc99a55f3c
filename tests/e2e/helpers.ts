import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import demoTenants from "../../prisma/seed/demo-tenants.json";

/** The password of every demo user (the seed reads the same env var and JSON). */
export const DEMO_PASSWORD: string = process.env.DEMO_PASSWORD ?? demoTenants.password;

/** Signs in through the login form and waits until the app has left /login. */
export async function login(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Adgangskode", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  try {
    await page.waitForURL((url) => url.pathname !== "/login", { timeout: 30_000 });
  } catch {
    const alerts = await page
      .getByRole("alert")
      .allInnerTexts()
      .catch(() => []);
    const shown = alerts
      .map((text) => text.trim())
      .filter(Boolean)
      .join(" | ");
    throw new Error(`Login as ${email} did not leave /login${shown ? `: "${shown}"` : ""}`);
  }
}

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe on the current page against WCAG 2.1 A/AA and fails on every
 * serious or critical violation, listing rule ids and the offending elements.
 * Minor and moderate findings are left to review, not to the build.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // Next.js streams the <title> in after a client-side navigation or refresh:
  // wait for it, so axe judges the page as the user gets it.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => {
      const targets = violation.nodes.map((node) =>
        node.target.map((part) => (Array.isArray(part) ? part.join(" >>> ") : part)).join(" "),
      );
      return `${violation.id} (${violation.impact}): ${violation.help} -> ${targets.join(", ")}`;
    });
  expect(serious, `serious/critical accessibility violations on ${page.url()}`).toEqual([]);
}

/**
 * Searches the case list by CPR and waits for the result page: the search
 * posts and redirects (the CPR travels encrypted), so until the URL carries
 * the token the old, unfiltered list is still on screen.
 */
export async function searchByCpr(page: Page, cpr: string): Promise<void> {
  const before = page.url();
  await page.getByLabel("CPR-nummer").fill(cpr);
  await page.getByRole("button", { name: "Søg" }).click();
  // Every search gets a fresh token (random IV), so the URL always changes.
  await page.waitForURL((url) => url.href !== before && url.searchParams.has("cprToken"));
}

/** Opens a folded form on the case page ("Tilføj notat", components/ui/disclosure.tsx) unless it is open already. */
export async function unfold(page: Page, label: string): Promise<void> {
  const details = page.locator("details", { has: page.locator("summary", { hasText: label }) }).first();
  if ((await details.getAttribute("open")) === null) await details.locator("summary").first().click();
}
