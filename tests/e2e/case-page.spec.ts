import { expect, test } from "@playwright/test";
import { demoCases } from "../../prisma/seed/demo-cases";
import { expectNoSeriousA11yViolations, login, searchByCpr } from "./helpers";

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

test("a saved note is confirmed with the focus on the confirmation, and can be corrected with a reason while the original stays", async ({ page }) => {
  await login(page, "sagsbehandler@vejle.demo");
  await page.goto("/sager");
  await page.getByRole("table").getByRole("link").first().click();
  const stamp = Date.now();

  await page.locator("summary", { hasText: "Tilføj notat" }).click();
  const noteForm = page.locator("form", { has: page.getByRole("heading", { name: "Nyt notat" }) });
  await noteForm.getByLabel("Kategori").selectOption({ label: "Sociale forhold" });
  await noteForm.getByLabel("Notat").fill(`Hjemmebesøg aflyst ${stamp}`);
  await noteForm.getByRole("button", { name: "Gem notat" }).focus();
  await page.keyboard.press("Enter");
  const banner = page.getByRole("status").filter({ hasText: "Notatet er gemt." });
  await expect(banner).toBeFocused();

  const note = page.getByRole("listitem").filter({ hasText: `Hjemmebesøg aflyst ${stamp}` });
  await note.locator("summary", { hasText: "Ret eller annullér" }).click();
  await note.getByLabel("Rettet tekst").fill(`Hjemmebesøg flyttet ${stamp}`);
  await note.getByLabel("Begrundelse").fill("Forkert oplysning");
  await note.getByRole("button", { name: "Gem rettelse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rettelsen er gemt." })).toBeFocused();

  const original = page.getByRole("listitem").filter({ hasText: "Forkert oplysning" });
  await expect(original).toContainText(/Rettet .* af Sofie Sagsbehandler: Forkert oplysning/);
  await expect(original.getByText(`Hjemmebesøg aflyst ${stamp}`)).toBeHidden();
  await original.getByText("Vis den oprindelige tekst").click();
  await expect(original.getByText(`Hjemmebesøg aflyst ${stamp}`)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: `Hjemmebesøg flyttet ${stamp}` })).toContainText("Rettelse af notatet fra");
  await expectNoSeriousA11yViolations(page);
});

test("a report links to its case, and the case lists the report", async ({ page }) => {
  await login(page, "sagsbehandler@vejle.demo");
  await page.goto("/underretninger?filter=alle");
  await page.locator("main table a[href^='/underretninger/']").first().click();
  await expect(page).toHaveURL(/\/underretninger\/[0-9a-f-]{36}$/);
  const reportPath = new URL(page.url()).pathname;
  await page.locator("main a[href^='/sager/']").first().click();
  const section = page.getByRole("region", { name: "Underretninger" });
  await expect(section.locator(`a[href="${reportPath}"]`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the rusmiddelcenter names its own contact person, a colleague with a phone, and the kommune sees who to call", async ({ page, browser }) => {
  const demo = demoCases()[6]!;
  await login(page, "sagsbehandler@vejle.demo");
  await searchByCpr(page, `${demo.cpr.slice(0, 6)}-${demo.cpr.slice(6)}`);
  await page.getByRole("link", { name: `${demo.firstName} ${demo.lastName}` }).click();
  await page.waitForURL(/\/sager\/[0-9a-f-]{36}$/);
  const caseUrl = page.url();

  const bo = await (await browser.newContext()).newPage();
  await login(bo, "behandler@vejle.demo");
  await bo.goto(caseUrl);
  const fold = bo.locator("summary", { hasText: "Jeres kontaktperson" });
  await fold.focus();
  await bo.keyboard.press("Enter");
  const form = bo.locator("form", { has: bo.getByRole("heading", { name: "Jeres kontaktperson på sagen" }) });
  await form.getByLabel("Kontaktperson").selectOption({ label: "Bo Behandler" });
  await form.getByLabel("Telefon").fill("76 81 00 00");
  await form.getByLabel("Telefon").press("Enter");
  await expect(bo.getByRole("status").filter({ hasText: "Jeres kontaktperson er gemt" })).toBeFocused();
  await expectNoSeriousA11yViolations(bo);

  await page.reload();
  await expect(page.getByRole("region", { name: "Deltagere" })).toContainText("Kontakt: Bo Behandler, 76 81 00 00");
});
