import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";

// A telephone underretning from the familieambulatorium's jordemoder about an
// unborn child: intake, queue with both clocks, 24-hour assessment, kvittering,
// outcome and feedback; then the jordemoder (another tenant) sees only the status.

const CPR = "120395-2008"; // not in the seed: intake creates the person and the case
const NAME = "Line Underretningsen";

function terminIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("a sagsbehandler triages a telephone underretning; the reporting jordemoder sees its status only", async ({ page, browser }) => {
  await login(page, "sagsbehandler@vejle.demo");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Underretninger" }).click();
  await expect(page.getByRole("heading", { name: "Underretninger", level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Ny underretning" }).first().click();
  await expect(page.getByRole("heading", { name: "Ny underretning", level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Nothing filled in: Danish field errors, nothing saved.
  await page.getByRole("button", { name: "Registrér underretning" }).click();
  await expect(page.locator("p", { hasText: "Skriv hvad underretteren har set og hørt" })).toBeVisible();
  await expect(page.locator("p", { hasText: "Skriv terminen for det ufødte barn" })).toBeVisible();
  await expect(page).toHaveURL(/\/underretninger\/ny$/);

  await page.getByLabel("Underretterens navn").fill("Julie Jordemoder");
  await page.getByLabel("Underretterens organisation i Samforløb (valgfrit)").selectOption({ label: "Region Syddanmark – Familieambulatoriet" });
  await page.getByLabel("Stilling (valgfrit)").fill("Jordemoder");
  await page.getByLabel("Modtaget via").selectOption({ label: "Telefon (notat)" });
  await page.getByRole("group", { name: "Underretningen vedrører" }).getByLabel("Ufødt barn").check();
  await page.getByLabel("Moderens CPR-nummer").fill(CPR);
  await page.getByLabel("Moderens fornavn").fill("Line");
  await page.getByLabel("Moderens efternavn").fill("Underretningsen");
  await page.getByLabel("Termin", { exact: true }).fill(terminIn(120));
  await page.getByLabel("Hvad har du set og hørt").fill("Den gravide fortæller ved konsultationen om dagligt forbrug af hash.");
  await page.getByRole("button", { name: "Registrér underretning" }).click();
  await expect(page.getByRole("heading", { name: /Underretning modtaget/, level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const reportUrl = page.url();
  const caseHref = await page.getByRole("link", { name: NAME }).getAttribute("href");

  // The queue shows both clocks as text.
  await page.goto("/underretninger");
  const row = page.getByRole("row", { name: new RegExp(NAME) });
  await expect(row).toContainText(/timer? tilbage/);
  await expect(row).toContainText(/hverdage? tilbage/);
  // The absolute due time next to the relative one (issue 9 item 8).
  await expect(row).toContainText(/senest \d{1,2}\. \S+ \d{4} kl\. \d{2}:\d{2}/);
  // She takes the report; it is hers under "Mine" (issue 9 items 2 and 8).
  await expect(row.getByRole("cell").last()).toContainText("Ingen");
  await row.getByRole("button", { name: `Tag underretningen om ${NAME}` }).click();
  await expect(row.getByRole("cell").last()).toContainText("Dig");
  await page.getByRole("navigation", { name: "Vis underretninger" }).getByRole("link", { name: "Mine" }).click();
  await expect(page.getByRole("link", { name: "Mine", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("row", { name: new RegExp(NAME) })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("row", { name: new RegExp(NAME) }).getByRole("link").first().click();
  await expect(page).toHaveURL(reportUrl);
  await expect(page.getByLabel("Behandles af")).toHaveValue(/.+/);
  // The seed has a report whose 24-hour clock ran out (other journeys may have handled it: "Alle"):
  // the status is written, not only red.
  await page.goto("/underretninger?vis=alle");
  await expect(page.getByRole("table").getByText("Overskredet", { exact: true }).first()).toBeVisible();
  await page.goto(reportUrl);

  await page.getByRole("group", { name: "Er der behov for akutte foranstaltninger?" }).getByLabel("Nej").check();
  await page.getByLabel("Begrundelse").fill("Ikke akut. Afdækning af de kommende forældres forhold.");
  await page.getByRole("button", { name: "Registrér vurdering" }).click();
  await expect(page.getByText(/Vurderet:/)).toBeVisible();

  await page.getByRole("link", { name: "Vis og udskriv kvittering" }).click();
  await expect(page.getByRole("heading", { name: "Kvittering for modtagelse af underretning" })).toBeVisible();
  await expect(page.getByText(/Barnets Lov § 136/)).toBeVisible();
  await expect(page.getByText("Kære Julie Jordemoder")).toBeVisible();
  await expect(page.getByRole("button", { name: "Udskriv kvittering" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Tilbage til underretningen" }).click();

  await page.getByRole("button", { name: "Markér kvittering sendt" }).click();
  await expect(page.getByText(/Kvittering sendt .* af Sofie Sagsbehandler/)).toBeVisible();

  await page.getByRole("combobox", { name: "Udfald" }).selectOption({ label: "Afdækning" });
  await page.getByRole("button", { name: "Registrér udfald" }).click();
  await expect(page.getByText("Registreret: Afdækning")).toBeVisible();

  await page.getByRole("group", { name: /Er der iværksat handling/ }).getByLabel("Ja").check();
  await page.getByRole("button", { name: "Registrér tilbagemelding" }).click();
  await expect(page.getByText(/fik besked .*\. Handling iværksat: Ja/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The case page lists the clocks with their legal reference; the task list has them too.
  await page.goto(caseHref!);
  await expect(page.getByRole("region", { name: "Frister" })).toContainText("Barnets Lov § 136");
  await expectNoSeriousA11yViolations(page);
  await page.goto("/opgaver");
  await expect(page.getByRole("heading", { name: "Opgaver", level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // Other journeys may have left the user tasks of her own: one more, not exactly one.
  const mine = page.getByRole("region", { name: "Mine opgaver" }).getByRole("row");
  const before = await mine.count();
  await page.getByRole("button", { name: /^Tag opgaven/ }).first().click();
  await expect(mine).toHaveCount(before === 0 ? 2 : before + 1);

  const reporterContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  await login(reporter, "jordemoder@familieambulatoriet.demo");
  await reporter.goto("/underretninger");
  const own = reporter.getByRole("region", { name: "Underretninger fra din organisation" });
  await expect(own).toContainText("Kvittering sendt");
  await expect(own).toContainText("Handling iværksat: Ja");
  await expect(reporter.getByText(NAME)).toHaveCount(0);
  await expectNoSeriousA11yViolations(reporter);
  for (const url of [caseHref!, reportUrl, `${reportUrl}/kvittering`]) {
    const response = await reporter.goto(url);
    expect(response?.status()).toBe(404);
    await expect(reporter.getByRole("heading", { name: "Siden findes ikke" })).toBeVisible();
  }
  await reporterContext.close();
});

test("the kvittering downloads as a PDF letter with the sagsnummer, and producing it records it as sent with its channel", async ({ page, browser }) => {
  await login(page, "sagsbehandler@vejle.demo");
  await page.goto("/underretninger?filter=alle");
  const links = await page.locator("main table a[href^='/underretninger/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  let found = false;
  for (const href of links.slice(0, 15)) {
    await page.goto(`${href}/kvittering`);
    if (await page.getByRole("button", { name: "Hent som PDF og registrér som sendt" }).count()) { found = true; break; }
  }
  expect(found, "a named report without a kvittering yet").toBe(true);
  const reportPath = new URL(page.url()).pathname.replace(/\/kvittering$/, "");
  await expectNoSeriousA11yViolations(page);
  const caseNumber = (await page.locator("article").innerText()).match(/SF-\d{6}/)?.[0];
  expect(caseNumber).toBeTruthy();

  await page.getByLabel("Sendes som").selectOption({ label: "Sikker mail" });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Hent som PDF og registrér som sendt" }).click()]);
  const bytes = readFileSync((await download.path())!);
  const { extractText, getDocumentProxy } = await import("unpdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  expect(text).toContain("Kvittering for modtagelse af underretning");
  expect(text).toContain(caseNumber!);

  await page.goto(reportPath);
  await expect(page.getByText(/Kvittering sendt .*\(Sikker mail\)/)).toBeVisible();

  // Another kommune gets 404 for the letter and its PDF, and nothing changes.
  const other = await (await browser.newContext()).newPage();
  await login(other, "sagsbehandler@fredericia.demo");
  expect((await other.goto(`${reportPath}/kvittering`))?.status()).toBe(404);
  const origin = new URL(page.url()).origin;
  expect((await other.request.post(`${reportPath.replace("/underretninger/", "/api/underretninger/")}/kvittering`, { form: { channel: "BREV" }, headers: { Origin: origin } })).status()).toBe(404);
});
