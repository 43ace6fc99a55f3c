import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";

// The inbox: the familieambulatoriet's jordemoder sends an underretning to
// Vejle herself, Vejle's sagsbehandler sees it with its 24-hour clock and
// registers it, and the jordemoder then follows it in the reporter status view.

const CPR = "140697-3006"; // not in the seed: registration creates the person and the case
const KOMMUNE = "Vejle Kommune – Familieafdelingen";
const CLINIC = "Region Syddanmark – Familieambulatoriet";

function terminIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("a jordemoder in another tenant submits an underretning; the kommune registers it", async ({ page, browser }) => {
  await login(page, "jordemoder@familieambulatoriet.demo");
  await page.goto("/underretninger");
  await page.getByRole("link", { name: "Send underretning til kommunen" }).click();
  await expect(page.getByRole("heading", { name: "Send underretning til kommunen", level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Nothing filled in: Danish field errors, nothing sent.
  await page.getByRole("button", { name: "Send underretning" }).click();
  await expect(page.getByText("Vælg kommunens familieafdeling")).toBeVisible();
  await expect(page.getByText("Skriv hvad underretteren har set og hørt")).toBeVisible();
  await expect(page).toHaveURL(/\/underretninger\/ny$/);

  await page.getByLabel("Kommunens familieafdeling").selectOption({ label: KOMMUNE });
  await page.getByLabel("Din stilling (valgfrit)").fill("Jordemoder");
  await page.getByRole("group", { name: "Underretningen vedrører" }).getByLabel("Ufødt barn").check();
  await page.getByLabel("Moderens CPR-nummer").fill(CPR);
  await page.getByLabel("Moderens fornavn").fill("Nanna");
  await page.getByLabel("Moderens efternavn").fill("Indbakkesen");
  await page.getByLabel("Termin", { exact: true }).fill(terminIn(100));
  await page.getByLabel("Hvad har du set og hørt").fill("Den gravide fortæller om dagligt forbrug af alkohol.");
  await page.getByRole("button", { name: "Send underretning" }).click();
  await expect(page.getByText("Underretningen er sendt til kommunen.")).toBeVisible();
  const sent = page.getByRole("region", { name: "Sendt til kommunen" });
  // Whom it is about, as she wrote it (her own data), and when it was sent.
  await expect(sent).toContainText(/Om Nanna Indbakkesen, sendt \d/);
  await expect(sent).toContainText(KOMMUNE);
  await expectNoSeriousA11yViolations(page);

  const kommuneContext = await browser.newContext();
  const kommune = await kommuneContext.newPage();
  await login(kommune, "sagsbehandler@vejle.demo");
  await kommune.goto("/underretninger");
  const inbox = kommune.getByRole("region", { name: "Indsendt af andre organisationer" });
  const row = inbox.getByRole("row", { name: new RegExp(CLINIC) });
  await expect(row).toContainText(/timer? tilbage/);
  await expectNoSeriousA11yViolations(kommune);
  await row.getByRole("button", { name: /^Registrér underretning fra/ }).click();
  await expect(kommune.getByRole("heading", { name: /Underretning modtaget/, level: 1 })).toBeVisible();
  await expect(kommune.getByText(/via digital formular/)).toBeVisible();
  await expectNoSeriousA11yViolations(kommune);
  await kommune.goto("/underretninger");
  await expect(kommune.getByRole("region", { name: "Indsendt af andre organisationer" })).toHaveCount(0);
  await expect(kommune.getByRole("row", { name: /Nanna Indbakkesen/ })).toContainText(/timer? tilbage/);
  await kommuneContext.close();

  await page.goto("/underretninger");
  await expect(page.getByRole("region", { name: "Sendt til kommunen" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Underretninger fra din organisation" })).toContainText("Modtaget");
  await expectNoSeriousA11yViolations(page);
});
