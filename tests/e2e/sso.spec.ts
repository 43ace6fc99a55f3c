import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";
import { IDP_NAME, IDP_URL } from "./oidc/config";
import { createUser, newPage } from "./users";

// Single sign-on against a real OpenID Connect provider on localhost
// (tests/e2e/oidc/idp.mjs, ADR 0034): a pre-provisioned user signs in and out
// (ending the provider's session too); a user with no membership is refused
// in Danish; an id_token for another audience and a tampered one are refused.

async function idpMode(page: Page, mode: "normal" | "aud" | "tamper"): Promise<void> {
  const res = await page.request.post(`${IDP_URL}/__mode/${mode}`);
  expect(res.ok()).toBe(true);
}

/** From the app's login page through the provider's login and consent screens. */
async function ssoLogin(page: Page, login: string): Promise<void> {
  await page.goto("/login");
  await page.getByRole("button", { name: `Log ind med ${IDP_NAME}` }).click();
  await page.waitForURL((url) => url.href.startsWith(IDP_URL));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("hvad-som-helst");
  await page.locator('button[type="submit"]').click();
  // The consent screen, the first time this account meets the client.
  const consent = page.locator('button[type="submit"]', { hasText: "Continue" });
  if (await consent.isVisible({ timeout: 3_000 }).catch(() => false)) await consent.click();
}

test.afterEach(async ({ page }) => {
  await idpMode(page, "normal");
});

test("a pre-provisioned user signs in with SSO and out again, also at the provider; no membership is refused in Danish", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const member = { name: `Sofie SSO ${stamp}`, email: `sofie-${stamp}@vejle.demo` };
  const leaver = { name: `Lars Uden ${stamp}`, email: `lars-${stamp}@vejle.demo` };
  await login(page, "admin@vejle.demo");
  await page.goto("/indstillinger/brugere");
  await createUser(page, member.name, member.email);
  await createUser(page, leaver.name, leaver.email);
  await page.getByRole("button", { name: `Fjern ${leaver.name} fra organisationen` }).click();
  await expect(page.getByRole("listitem", { name: leaver.name })).toHaveCount(0);

  const sso = await newPage(browser);
  await sso.goto("/login");
  await expectNoSeriousA11yViolations(sso);
  await ssoLogin(sso, member.email);
  await sso.waitForURL((url) => url.pathname === "/sager");
  await expect(sso.getByText(`${member.name} · Sagsbehandler · Vejle Kommune – Familieafdelingen`)).toBeVisible();

  // Sign-out ends the provider's session too: it asks, then sends us back to the login page.
  await sso.getByRole("button", { name: "Log ud" }).click();
  await sso.waitForURL((url) => url.href.startsWith(IDP_URL));
  await sso.locator('button[name="logout"], button[value="yes"]').first().click();
  await sso.waitForURL((url) => url.pathname === "/login");
  await sso.goto("/sager");
  await expect(sso).toHaveURL(/\/login/);

  // Signed in at the provider, but no membership in Samforløb: refused, in Danish.
  await ssoLogin(sso, leaver.email);
  await sso.waitForURL((url) => url.pathname === "/login" && url.searchParams.get("sso") === "NO_MEMBERSHIP");
  await expect(sso.getByText("Din bruger er ikke tilknyttet nogen organisation i Samforløb")).toBeVisible();
  await expectNoSeriousA11yViolations(sso);
  await sso.goto("/sager");
  await expect(sso).toHaveURL(/\/login/);
  await sso.context().close();
});

for (const [mode, what] of [["aud", "an id_token for another audience"], ["tamper", "a tampered id_token"]] as const) {
  test(`${what} is refused`, async ({ page }) => {
    await idpMode(page, mode);
    // Not a Samforløb user: the tampered token claims to be the administrator instead.
    await ssoLogin(page, `angriber-${Date.now().toString(36)}@vejle.demo`);
    await page.waitForURL((url) => url.pathname === "/login");
    await expect(page.getByText("Log ind via identitetsudbyderen mislykkedes")).toBeVisible();
    await page.goto("/sager");
    await expect(page).toHaveURL(/\/login/);
  });
}
