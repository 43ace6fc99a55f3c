import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";

test("a sagsbehandler assigns a task to herself, completes it with a note with the keyboard, and reopens it", async ({ page }) => {
  await login(page, "sagsbehandler@vejle.demo");
  await page.goto("/opgaver");
  const organisation = page.getByRole("region", { name: "Organisationens opgaver" });
  const row = organisation.getByRole("row").nth(1);
  const title = (await row.getByRole("cell").first().innerText()).trim();
  await expectNoSeriousA11yViolations(page);

  // Handed to a named colleague (herself) through the form.
  await row.getByText("Handlinger").click();
  await row.getByLabel("Tildel til").selectOption({ label: "Sofie Sagsbehandler" });
  await row.getByRole("button", { name: "Tildel" }).click();
  const mine = page.getByRole("region", { name: "Mine opgaver" });
  await expect(mine.getByRole("cell", { name: title }).first()).toBeVisible();

  // Completed from "Mine opgaver" with the keyboard only.
  const myRow = mine.getByRole("row").filter({ hasText: title }).first();
  await myRow.getByText("Handlinger").focus();
  await page.keyboard.press("Enter");
  await myRow.getByLabel("Note (valgfri)").focus();
  await page.keyboard.type("Sundhedsplejen er orienteret");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const done = page.getByRole("region", { name: "Senest udførte" });
  const doneRow = done.getByRole("row").filter({ hasText: "Sundhedsplejen er orienteret" });
  await expect(doneRow).toBeVisible();
  await expect(doneRow).toContainText("af Sofie Sagsbehandler");

  await doneRow.getByRole("button", { name: `Genåbn opgaven: ${title}` }).click();
  await expect(done.getByRole("row").filter({ hasText: "Sundhedsplejen er orienteret" })).toHaveCount(0);
  await expect(mine.getByRole("cell", { name: title }).first()).toBeVisible();
});
