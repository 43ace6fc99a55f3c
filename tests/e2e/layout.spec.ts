import { expect, test, type Page } from "@playwright/test";
import { login } from "./helpers";

// WCAG 2.4.7 / 2.4.11 (focus visible on the dark header), aria-current in the
// menu, the 404 page inside the app frame, and WCAG 1.4.10 (no sideways
// scrolling at 320 CSS pixels) on every page of the app.

async function firstCaseHref(page: Page): Promise<string> {
  await page.goto("/sager");
  const href = await page.getByRole("table").getByRole("link").first().getAttribute("href");
  if (!href) throw new Error("no case in the demo list");
  return href;
}

test("the header shows where the user is and a focus ring that stands out from it", async ({ page }) => {
  await login(page, "sagsbehandler@vejle.demo");
  await page.goto("/sager");
  const menu = page.getByRole("navigation", { name: "Hovedmenu" });
  await expect(menu.getByRole("link", { name: "Sager", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(menu.getByRole("link", { name: "Opgaver" })).not.toHaveAttribute("aria-current", /.+/);

  const link = menu.getByRole("link", { name: "Opgaver" });
  await link.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  const ring = await link.evaluate((el) => {
    const style = getComputedStyle(el);
    const header = getComputedStyle(el.closest("header")!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor, background: header.backgroundColor };
  });
  expect(ring.style).not.toBe("none");
  expect(ring.width).toBeGreaterThanOrEqual(2);
  // White on the header's dark blue, not the page's blue ring that would vanish there.
  expect(ring.color).toBe("rgb(255, 255, 255)");
  expect(ring.background).not.toBe(ring.color);
});

test("a case that does not exist answers inside the app frame, with the menu", async ({ page }) => {
  await login(page, "sagsbehandler@vejle.demo");
  const response = await page.goto("/sager/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Siden findes ikke" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hovedmenu" })).toBeVisible();
});

test("no page scrolls sideways at 320 pixels, and the menu folds away behind a button", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await login(page, "sagsbehandler@vejle.demo");
  const caseHref = await firstCaseHref(page);
  for (const path of ["/sager", "/sager/ny", "/underretninger", "/underretninger/ny", "/opgaver", caseHref, "/sager/00000000-0000-4000-8000-000000000000"]) {
    await page.goto(path);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect({ path, scrollWidth }).toEqual({ path, scrollWidth: Math.min(scrollWidth, innerWidth) });
  }
  const button = page.getByRole("button", { name: "Menu" });
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Opgaver" })).toBeHidden();
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Opgaver" }).click();
  await expect(page).toHaveURL(/\/opgaver$/);
  await expect(page.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "false");
});
