import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { expectNoSeriousA11yViolations, login } from "./helpers";
import { createUserWithPassword, NEW_USER_PASSWORD } from "./users";

// TOTP end to end (ADR 0033): a new user enrols on her Tofaktor page with the
// key shown (as an app would scan it), gets ten recovery codes, and from then
// on signs in with a code; a recovery code works once.

/** A code one step ahead: the enrolment used the current step, and a code is accepted once. */
const nextCode = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + 30_000 });

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Log ud" }).click();
  await expect(page).toHaveURL(/\/login/);
}

async function passwordStep(page: Page, email: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Adgangskode", { exact: true }).fill(NEW_USER_PASSWORD);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByLabel("Kode", { exact: true })).toBeFocused();
}

test("a user sets up TOTP, then signs in with a code, and a recovery code works once", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const name = `Tove Tofaktor ${stamp}`;
  const email = `tove-${stamp}@vejle.demo`;
  await login(page, "admin@vejle.demo");
  await page.goto("/indstillinger/brugere");
  await createUserWithPassword(page, browser, name, email);
  await signOut(page);

  await login(page, email, NEW_USER_PASSWORD);
  await page.getByRole("link", { name: "Mine sessioner" }).click();
  await page.getByRole("link", { name: "Tofaktorgodkendelse" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tofaktorgodkendelse" })).toBeVisible();
  await expect(page.getByRole("img", { name: /QR-kode til godkenderappen/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, "");

  await page.getByLabel("Kode fra godkenderappen").fill("000000");
  await page.getByRole("button", { name: "Slå tofaktor til" }).click();
  await expect(page.getByText("Koden passer ikke.")).toBeVisible();
  await page.getByLabel("Kode fra godkenderappen").fill(new TOTP({ secret: Secret.fromBase32(secret) }).generate());
  await page.getByRole("button", { name: "Slå tofaktor til" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tofaktorgodkendelse er sat op." })).toBeVisible();
  const codes = await page.getByRole("list", { name: "Gendannelseskoder" }).getByRole("listitem").allInnerTexts();
  expect(codes).toHaveLength(10);
  await signOut(page);

  // The password alone now asks for the code; a wrong one is refused in Danish.
  await passwordStep(page, email);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Kode", { exact: true }).fill("123456");
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByText("Koden passer ikke, eller den er brugt.")).toBeVisible();
  await page.getByLabel("Kode", { exact: true }).fill(nextCode(secret));
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
  await signOut(page);

  await passwordStep(page, email);
  await page.getByLabel("Kode", { exact: true }).fill(codes[0]!);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
  await signOut(page);

  await passwordStep(page, email);
  await page.getByLabel("Kode", { exact: true }).fill(codes[0]!);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByText("Koden passer ikke, eller den er brugt.")).toBeVisible();
});
