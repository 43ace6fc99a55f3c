import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";

// "CPR ukendt" and the merge (ADR 0017): the citizen already has a case; a
// phone report about her comes in without her CPR and opens a case "uden
// CPR"; when the CPR is added, it is hers, and the new case merges into the
// existing one, which shows the merge in its history.

const CPR = "230491-1204"; // not in the seed (demo serials have 9 as their second digit)
const FIRST = "Nadia";
const LAST = "Sammenlægning";
const NAME = `${FIRST} ${LAST}`;

test("a phone report without CPR is registered, the CPR is added and the case merges with the citizen's existing case", async ({ page }) => {
  await login(page, "sagsbehandler@vejle.demo");

  // Her existing case, with her CPR.
  await page.goto("/sager/ny");
  await page.getByLabel("CPR-nummer").fill(CPR);
  await page.getByLabel("Fornavn").fill(FIRST);
  await page.getByLabel("Efternavn").fill(LAST);
  await page.getByRole("button", { name: "Opret sag" }).click();
  await expect(page.getByRole("heading", { name: NAME, level: 1 })).toBeVisible();
  const existingUrl = page.url();
  const existingNumber = (await page.getByText(/Sagsnr\. SF-\d{6}/).first().innerText()).match(/SF-\d{6}/)![0];

  // The phone report: CPR unknown, and at first nothing to recognise her by.
  await page.goto("/underretninger/ny");
  await page.getByLabel("Underretterens navn").fill("Karin Nabo");
  await page.getByLabel("Modtaget via").selectOption({ label: "Telefon (notat)" });
  await page.getByRole("group", { name: "Underretningen vedrører" }).getByLabel("Gravid kvinde").check();
  await page.getByLabel("CPR ukendt").check();
  await expect(page.getByLabel("Moderens CPR-nummer")).toBeHidden();
  await page.getByLabel("Moderens fornavn").fill(FIRST);
  await page.getByLabel("Moderens efternavn").fill(LAST);
  await page.getByLabel("Hvad har du set og hørt").fill("Naboen hører hende kaste op hver morgen og ser hende drikke.");
  await page.getByRole("button", { name: "Registrér underretning" }).click();
  await expect(page.locator("p", { hasText: /skal du udfylde mindst én af: fødselsdato, termin, adresse eller beskrivelse/ })).toBeVisible();
  // What was typed is still there.
  await expect(page.getByLabel("Moderens fornavn")).toHaveValue(FIRST);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Adresse (valgfrit)").fill("Vestergade 4, 7100 Vejle");
  await page.getByLabel("Underretterens beskrivelse af, hvem hun er (valgfrit)").fill("Ca. 30 år, bor på 2. sal");
  await page.getByRole("button", { name: "Registrér underretning" }).click();
  await expect(page.getByRole("heading", { name: /Underretning modtaget/, level: 1 })).toBeVisible();
  const caseHref = await page.getByRole("link", { name: NAME }).getAttribute("href");

  // Flagged as text in the queue and on the case.
  await page.goto("/underretninger");
  await expect(page.getByRole("row", { name: new RegExp(NAME) }).first()).toContainText("Uden CPR");
  await page.goto(caseHref!);
  await expect(page.getByRole("heading", { name: NAME, level: 1 })).toBeVisible();
  await expect(page.getByText("CPR-nummeret er ukendt.")).toBeVisible();
  await expect(page.getByText("Vestergade 4, 7100 Vejle")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Adding her CPR: it is already her existing case's, so nothing is saved and the merge is offered.
  await page.getByText("Tilføj CPR-nummer").click();
  await page.getByLabel("CPR-nummer", { exact: true }).fill("230491-12");
  await page.getByRole("button", { name: "Gem CPR-nummer" }).click();
  await expect(page.getByText("CPR-nummeret skal have 10 cifre")).toBeVisible();
  await page.getByLabel("CPR-nummer", { exact: true }).fill(CPR);
  await page.getByRole("button", { name: "Gem CPR-nummer" }).click();
  const offer = page.getByRole("region", { name: "CPR-nummeret tilhører en anden person i jeres register" });
  await expect(offer).toContainText(existingNumber);
  await expectNoSeriousA11yViolations(page);
  await offer.getByRole("button", { name: `Læg sammen med ${existingNumber}` }).click();

  // The surviving case: the report moved with it, and its history shows the merge.
  await page.waitForURL(existingUrl);
  await expect(page.getByRole("heading", { name: NAME, level: 1 })).toBeVisible();
  await expect(page.getByText(/Sag SF-\d{6} er lagt sammen med denne sag/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The merged case is closed, says so, and leads back.
  await page.goto(caseHref!);
  await expect(page.getByText("Denne sag er lagt sammen med en anden sag og er afsluttet.")).toBeVisible();
  await expect(page.getByText(`Sammenlagt med ${existingNumber}`)).toBeVisible();
  await page.getByRole("link", { name: "den sammenlagte sag" }).click();
  await page.waitForURL(existingUrl);
});
