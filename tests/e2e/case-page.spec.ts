import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";

// A case page that reads at a glance (issue 9 item 5): the summary first,
// a table of contents to every section, and forms behind their "Tilføj"
// button, all reachable with the keyboard.

test("the case page opens with an overview, a table of contents and its forms folded away", async ({ page }) => {
  await login(page, "sagsbehandler@vejle.demo");
  await page.goto("/sager");
  await page.getByRole("table").getByRole("link").first().click();

  const overview = page.getByRole("region", { name: "Overblik" });
  await expect(overview.getByText("Fase", { exact: true })).toBeVisible();
  await expect(overview).toContainText(/dage i fasen/);
  await expect(overview.getByText("Næste frist", { exact: true })).toBeVisible();
  await expect(overview.getByText("Sagsbehandler", { exact: true })).toBeVisible();
  await expect(overview.getByText("Deling med organisationerne", { exact: true })).toBeVisible();

  // The note form is folded away until asked for; Enter on the disclosure opens it.
  const noteForm = page.locator("form", { has: page.getByRole("heading", { name: "Nyt notat" }) });
  await expect(noteForm).toBeHidden();
  const fold = page.locator("summary", { hasText: "Tilføj notat" });
  await fold.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("details", { has: fold })).toHaveAttribute("open", "");
  await expect(noteForm).toBeVisible();

  // The table of contents moves the reader to a section.
  const toc = page.getByRole("navigation", { name: "Sagens afsnit" });
  await toc.getByRole("link", { name: "Frister" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#frister-titel$/);
  await expect(page.getByRole("heading", { name: "Frister", level: 2 })).toBeInViewport();
  await expectNoSeriousA11yViolations(page);
});
