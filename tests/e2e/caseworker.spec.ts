import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";

/** A signed-in user in a browser context of her own (each with its own session cookie). */
async function as(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  const page = await context.newPage();
  await login(page, email);
  return page;
}

test("the leder assigns a case to the sagsbehandler, who finds it under 'Mine sager'; the jordemoder finds a case by its sagsnummer", async ({ browser }) => {
  const leder = await as(browser, "leder@vejle.demo");
  await leder.goto("/sager");
  const first = leder.getByRole("table").getByRole("row").nth(1);
  const caseNumber = (await first.getByRole("cell").nth(1).innerText()).trim();
  expect(caseNumber).toMatch(/^SF-\d{6}$/);
  await first.getByRole("link").first().click();
  await expect(leder.getByText(`Sagsnr. ${caseNumber}`)).toBeVisible();
  await leder.getByLabel("Sagsbehandler", { exact: true }).selectOption({ label: "Sofie Sagsbehandler" });
  await leder.getByRole("button", { name: "Gem sagsbehandler" }).click();
  await expect(leder.getByRole("status").filter({ hasText: "Sagsbehandleren er gemt." })).toBeVisible();
  await expectNoSeriousA11yViolations(leder);
  await leder.context().close();

  const worker = await as(browser, "sagsbehandler@vejle.demo");
  await worker.goto("/sager");
  await worker.getByLabel("Kun mine sager (hvor jeg er sagsbehandler)").check();
  await worker.getByRole("button", { name: "Søg" }).click();
  await expect(worker).toHaveURL(/mine=1/);
  await expect(worker.getByRole("table").getByRole("cell", { name: caseNumber, exact: true })).toBeVisible();
  await worker.context().close();

  const jordemoder = await as(browser, "jordemoder@familieambulatoriet.demo");
  await jordemoder.goto("/sager");
  const visible = (await jordemoder.getByRole("table").getByRole("row").nth(1).getByRole("cell").nth(1).innerText()).trim();
  await jordemoder.getByLabel("Navn eller sagsnummer").fill(visible.toLowerCase());
  await jordemoder.getByRole("button", { name: "Søg" }).click();
  await expect(jordemoder.getByRole("table").getByRole("row")).toHaveCount(2);
  await expect(jordemoder.getByRole("table").getByRole("cell", { name: visible, exact: true })).toBeVisible();
  await jordemoder.context().close();
});
