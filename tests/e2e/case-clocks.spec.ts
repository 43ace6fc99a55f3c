import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";

// Deadlines that start themselves (issue 9 item 4): the outcome "børnefaglig
// undersøgelse" starts the 4-month BFU clock on the case, the sagsbehandler
// registers it concluded, and registers a decision on støttende indsats with
// the keyboard, which starts "barnets plan within 3 months".

test("choosing a børnefaglig undersøgelse starts its 4-month clock on the case; events start further clocks", async ({ page }) => {
  await login(page, "sagsbehandler@vejle.demo");
  await page.goto("/underretninger");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: /Underretning modtaget/, level: 1 })).toBeVisible();
  await page.getByRole("combobox", { name: "Udfald" }).selectOption({ label: "Børnefaglig undersøgelse" });
  await page.getByRole("button", { name: "Registrér udfald" }).click();
  await expect(page.getByText("Registreret: Børnefaglig undersøgelse")).toBeVisible();

  await page.locator("main a[href^='/sager/']").first().click();
  const deadlines = page.getByRole("region", { name: "Frister" });
  const bfu = deadlines.getByRole("listitem").filter({ hasText: "Børnefaglig undersøgelse afsluttet" });
  await expect(bfu).toContainText("Barnets Lov § 20, stk. 3");
  await expect(bfu).toContainText(/Senest/);
  await expectNoSeriousA11yViolations(page);

  await bfu.getByRole("button", { name: /registrér undersøgelsen er afsluttet/ }).click();
  await expect(bfu).toContainText("Overholdt");
  // The confirmation takes the focus (issue 9 item 7).
  await expect(page.getByRole("status").filter({ hasText: "Undersøgelsen er afsluttet er registreret." })).toBeFocused();
  await expect(bfu.getByRole("button")).toHaveCount(0);

  // From the event list on: keep today's date and submit with the keyboard.
  await deadlines.getByLabel("Hændelse").focus();
  await deadlines.getByLabel("Hændelse").selectOption({ label: "Afgørelse om støttende indsats (barnets plan skal udarbejdes)" });
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(deadlines.getByRole("status")).toContainText("er registreret, og fristen er oprettet");
  await expect(deadlines.getByRole("listitem").filter({ hasText: "Barnets plan udarbejdet" })).toContainText("Barnets Lov § 91");

  // The same event again: the clock already runs, said in Danish, nothing added.
  await deadlines.getByLabel("Hændelse").selectOption({ label: "Afgørelse om støttende indsats (barnets plan skal udarbejdes)" });
  await deadlines.getByRole("button", { name: "Registrér hændelse" }).click();
  await expect(deadlines.getByRole("alert")).toContainText("Fristen for denne hændelse løber allerede på sagen.");
  await expect(deadlines.getByRole("listitem").filter({ hasText: "Barnets plan udarbejdet" })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
});
