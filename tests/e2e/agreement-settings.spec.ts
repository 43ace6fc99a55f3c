import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";

// The samarbejdsaftale settings page (ADR 0022), keyboard only: the
// administrator opens it from the menu, changes a notice period and saves;
// a bad value gets a Danish field error and saves nothing. Other roles get 404.

/** Presses Tab until `target` has focus (at most `max` times), as a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("Tab never reached the element");
}

/** Types a new value into the focused number field. */
async function retype(page: Page, value: string): Promise<void> {
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(value);
}

test("the administrator changes the koordinationsmøde notice by keyboard; a bad value is refused with a Danish message", async ({ page }) => {
  await login(page, "admin@vejle.demo");
  const link = page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Samarbejdsaftale" });
  await tabTo(page, link);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Samarbejdsaftale" })).toBeVisible();
  await expect(link).toHaveAttribute("aria-current", "page");

  const notice = page.getByLabel("Koordinationsmøde", { exact: true });
  await expect(notice).toHaveValue("7");
  await tabTo(page, notice);
  await retype(page, "10");
  await tabTo(page, page.getByRole("button", { name: "Gem samarbejdsaftalen" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Samarbejdsaftalen er gemt." })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // -1 days: the field says why, and nothing is saved.
  await notice.focus();
  await retype(page, "-1");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Skriv et helt antal dage fra 0 til 90")).toBeVisible();
  await expect(notice).toHaveAttribute("aria-invalid", "true");
  await expect(notice).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.reload();
  await expect(page.getByLabel("Koordinationsmøde", { exact: true })).toHaveValue("10");

  // Back to the default, so other specs meet the seeded agreement.
  await page.getByLabel("Koordinationsmøde", { exact: true }).fill("7");
  await page.getByRole("button", { name: "Gem samarbejdsaftalen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Samarbejdsaftalen er gemt." })).toBeVisible();
});

test("other roles have no link and get the 404 page", async ({ page }) => {
  await login(page, "leder@vejle.demo");
  await expect(page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Samarbejdsaftale" })).toHaveCount(0);
  const response = await page.goto("/indstillinger/samarbejdsaftale");
  expect(response?.status()).toBe(404);
  await expect(page.getByLabel("Koordinationsmøde", { exact: true })).toHaveCount(0);
});

test("the administrator sets the figures behind 'Forventet og fundet'; a bad value gets a Danish error", async ({ page }) => {
  await login(page, "admin@vejle.demo");
  await page.goto("/indstillinger/samarbejdsaftale");
  await page.getByRole("link", { name: /Forventet forekomst/ }).click();
  await expect(page.getByRole("heading", { name: "Forventet forekomst", level: 1 })).toBeVisible();
  const population = page.getByLabel("Kommunens befolkning");
  await tabTo(page, population);
  await retype(page, "0");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Kommunens befolkning skal være mindst 1")).toBeVisible();
  await population.focus();
  await retype(page, "118000");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Tallene er gemt." })).toBeFocused();
  await page.reload();
  await expect(page.getByLabel("Kommunens befolkning")).toHaveValue("118000");
  await expectNoSeriousA11yViolations(page);
});
