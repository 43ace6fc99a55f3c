import { expect, test, type Page } from "@playwright/test";
import { demoCases } from "../../prisma/seed/demo-cases";
import { expectNoSeriousA11yViolations, login, searchByCpr, unfold } from "./helpers";

// Demo case 2 belongs to Vejle and the familieambulatorium participates in it
// (prisma/seed/demo-cases.ts); no other spec changes it.
const demo = demoCases()[2]!;
const ambulatorium = "Region Syddanmark – Familieambulatoriet";
const stamp = Date.now().toString(36);
const notes = {
  HELBRED: `Helbredsnotat ${stamp}`,
  RUSMIDDEL: `Rusmiddelnotat ${stamp}`,
  SOCIALE_FORHOLD: `Socialt notat ${stamp}`,
};

async function openCaseByCpr(page: Page): Promise<string> {
  await searchByCpr(page, `${demo.cpr.slice(0, 6)}-${demo.cpr.slice(6)}`);
  await page.getByRole("link", { name: `${demo.firstName} ${demo.lastName}` }).click();
  await expect(page.getByRole("heading", { name: `${demo.firstName} ${demo.lastName}`, level: 1 })).toBeVisible();
  return page.url();
}

async function addNote(page: Page, category: string, text: string) {
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Nyt notat" }) });
  await unfold(page, "Tilføj notat");
  await form.getByLabel("Kategori").selectOption({ label: category });
  await form.getByLabel("Notat").fill(text);
  await form.getByRole("button", { name: "Gem notat" }).click();
  await expect(page.getByText(text)).toBeVisible();
}

test("a written consent lets the familieambulatorium see HELBRED and RUSMIDDEL until it is withdrawn", async ({ page, browser }) => {
  expect(demo.kommune).toBe(0);
  expect(demo.participants).toContain("familieambulatoriet");

  await login(page, "sagsbehandler@vejle.demo");
  const caseUrl = await openCaseByCpr(page);
  await addNote(page, "Helbred", notes.HELBRED);
  await addNote(page, "Rusmiddelforbrug", notes.RUSMIDDEL);
  await addNote(page, "Sociale forhold", notes.SOCIALE_FORHOLD);

  // The jordemoder sees the case shell, but none of the kommune's notes yet.
  const jmContext = await browser.newContext();
  const jm = await jmContext.newPage();
  await login(jm, "jordemoder@familieambulatoriet.demo");
  await jm.goto(caseUrl);
  await expect(jm.getByRole("heading", { name: "Navn ikke delt", level: 1 })).toBeVisible();
  await expect(jm.getByText(notes.HELBRED)).toHaveCount(0);

  await unfold(page, "Registrér nyt samtykke");
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Registrér samtykke" }) });
  await form.getByRole("button", { name: "Registrér samtykke" }).click();
  await expect(form.locator("p", { hasText: "Vælg mindst én organisation" })).toBeVisible();
  await expect(form.locator("p", { hasText: "Skriv formålet med samtykket" })).toBeVisible();

  await form.getByLabel("Navn på den, der giver samtykket").fill(`${demo.firstName} ${demo.lastName}`);
  await form.getByRole("checkbox", { name: new RegExp(`^${ambulatorium}`) }).check();
  await form.getByRole("checkbox", { name: /^Helbred/ }).check();
  await form.getByRole("checkbox", { name: /^Rusmiddelforbrug/ }).check();
  await form.getByLabel("Formål").fill("Koordinering af graviditetsforløbet mellem kommune og familieambulatorium");
  await form.getByLabel("Dokumentation").fill("Underskrevet samtykkeblanket 4.0, scannet til journalen");
  await expect(form.getByText(/giver samtykke til, at Vejle Kommune – Familieafdelingen må videregive oplysninger om helbred og rusmiddelforbrug/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await form.getByRole("button", { name: "Registrér samtykke" }).click();
  await expect(page.getByText("Samtykket er registreret.")).toBeVisible();
  const sharing = page.getByRole("region", { name: "Samtykker og hjemmel" });
  await expect(sharing.getByText("Status: aktiv")).toBeVisible();
  await expect(sharing.getByText(`Hvad kan ${ambulatorium} se?`).locator("..")).toContainText("Helbred, Rusmiddelforbrug");

  // Her next page load shows exactly the shared categories.
  await jm.reload();
  await expect(jm.getByText(notes.HELBRED)).toBeVisible();
  await expect(jm.getByText(notes.RUSMIDDEL)).toBeVisible();
  await expect(jm.getByText(notes.SOCIALE_FORHOLD)).toHaveCount(0);
  await expectNoSeriousA11yViolations(jm);

  // Withdrawal is one action; on her next load the notes are gone.
  await page.reload();
  await sharing.getByRole("button", { name: "Tilbagekald samtykke" }).click();
  await sharing.getByLabel("Begrundelse for tilbagekaldelsen").fill("Kvinden har trukket samtykket tilbage i telefonen");
  await sharing.getByRole("button", { name: "Bekræft tilbagekaldelse" }).click();
  await expect(sharing.getByText("Status: tilbagekaldt")).toBeVisible();
  await jm.reload();
  await expect(jm.getByRole("heading", { name: "Notater" })).toBeVisible();
  await expect(jm.getByText(notes.HELBRED)).toHaveCount(0);
  await expect(jm.getByText(notes.RUSMIDDEL)).toHaveCount(0);
  await jmContext.close();

  // The disclosure list shows her reads.
  await page.reload();
  const log = page.getByRole("region", { name: "Videregivelser" });
  await expect(log.getByRole("row", { name: /Helbred \(notat\).*Julie Jordemoder/ }).first()).toBeVisible();
  await expect(log.getByRole("row", { name: /Rusmiddelforbrug \(notat\).*Julie Jordemoder/ }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const csv = await page.request.get(`${new URL(caseUrl).pathname.replace("/sager/", "/api/sager/")}/videregivelser`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("Julie Jordemoder");
});

test("the responsible organisation adds a participant with contacts and hands the tovholder role over with a note", async ({ page }) => {
  await login(page, "sagsbehandler@vejle.demo");
  await openCaseByCpr(page);
  const section = page.getByRole("region", { name: "Tovholder" });
  await unfold(page, "Tilføj en organisation");
  const add = section.locator("form", { has: page.getByRole("heading", { name: "Tilføj deltager" }) });
  await add.getByLabel("Organisation").selectOption({ label: "Vejle Kommune – Jobcenter" });
  await add.getByRole("button", { name: "Tilføj deltager" }).click();
  await expect(add.getByText("Skriv organisationens rolle i sagen")).toBeVisible();
  await add.getByLabel("Rolle i sagen").fill("Jobcenter");
  await add.getByLabel("Kontaktperson").fill("Jonas Jobcenter");
  await add.getByLabel("Akutkontakt").fill("Vagttelefon 76 81 00 00");
  await add.getByRole("button", { name: "Tilføj deltager" }).click();
  const participants = page.getByRole("region", { name: "Deltagere" });
  await expect(participants.getByText("Akutkontakt: Vagttelefon 76 81 00 00")).toBeVisible();

  await unfold(page, "Skift tovholder");
  const appoint = section.locator("form", { has: page.getByRole("heading", { name: "Udpeg tovholder" }) });
  await appoint.getByLabel("Ny tovholders organisation").selectOption({ label: ambulatorium });
  await appoint.getByRole("button", { name: "Udpeg tovholder" }).click();
  await expect(appoint.getByText("Skriv en overdragelsesnote til den nye tovholder")).toBeVisible();
  await appoint.getByLabel("Overdragelsesnote").fill("Familieambulatoriet har den tætteste kontakt frem til fødslen");
  await appoint.getByRole("button", { name: "Udpeg tovholder" }).click();
  await expect(section.getByText(`Nuværende tovholder: ${ambulatorium}`)).toBeVisible();
  await expect(section.getByText("Overdragelsesnote: Familieambulatoriet har den tætteste kontakt frem til fødslen")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await section.getByRole("button", { name: "Fjern Vejle Kommune – Jobcenter fra sagen" }).click();
  await expect(participants.getByText("Akutkontakt: Vagttelefon 76 81 00 00")).toHaveCount(0);
});

test("registering the birth creates a linked BARN case the jordemoder cannot see until it is shared", async ({ page, browser }) => {
  const born = new Date(Date.now() - 2 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  const birthDate = born.toISOString().slice(0, 10);
  const childCpr = `${pad(born.getUTCDate())}${pad(born.getUTCMonth() + 1)}${pad(born.getUTCFullYear() % 100)}-4${String(Date.now() % 1000).padStart(3, "0")}`;

  await login(page, "sagsbehandler@vejle.demo");
  const motherUrl = await openCaseByCpr(page);
  const birth = page.getByRole("region", { name: "Registrér fødsel" });
  // A demo termin more than 10 weeks away folds the form behind "Registrér en for tidlig fødsel".
  if ((await birth.locator("summary").count()) > 0) await unfold(page, "Registrér en for tidlig fødsel");
  await birth.getByLabel("Fødselsdato").fill(birthDate);
  await birth.getByLabel("Barnets CPR-nummer").fill(childCpr);
  await birth.getByLabel("Barnets fornavn (valgfrit)").fill("Liv");
  await birth.getByRole("button", { name: "Registrér fødsel" }).click();
  await expect(page.getByRole("heading", { name: `Liv ${demo.lastName}`, level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: `${demo.firstName} ${demo.lastName}` })).toHaveAttribute("href", new URL(motherUrl).pathname);
  await expect(page.getByText("Eksponering under graviditeten, kopieret fra moderens sag")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const childUrl = page.url();

  const jmContext = await browser.newContext();
  const jm = await jmContext.newPage();
  await login(jm, "jordemoder@familieambulatoriet.demo");
  expect((await jm.goto(childUrl))?.status()).toBe(404);

  // The kommune adds the familieambulatorium and records the custody holder's consent.
  await unfold(page, "Tilføj en organisation");
  const add = page.locator("form", { has: page.getByRole("heading", { name: "Tilføj deltager" }) });
  await add.getByLabel("Organisation").selectOption({ label: ambulatorium });
  await add.getByLabel("Rolle i sagen").fill("Familieambulatorium");
  await add.getByRole("button", { name: "Tilføj deltager" }).click();
  await unfold(page, "Registrér nyt samtykke");
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Registrér samtykke" }) });
  await expect(form.getByLabel("Hvem giver samtykket?")).toHaveValue("CUSTODY_HOLDER");
  await form.getByLabel("Navn på den, der giver samtykket").fill(`${demo.firstName} ${demo.lastName}`);
  await form.getByRole("checkbox", { name: new RegExp(`^${ambulatorium}`) }).check();
  await form.getByRole("checkbox", { name: /^Rusmiddelforbrug/ }).check();
  await form.getByLabel("Formål").fill("Opfølgning på barnets abstinenser efter fødslen");
  // Evidence is required for every consent (ADR 0025).
  await form.getByRole("button", { name: "Registrér samtykke" }).click();
  await expect(form.locator("p", { hasText: "Skriv, hvor samtykket er dokumenteret, fx den underskrevne blanket eller mødereferatet" })).toBeVisible();
  await form.getByLabel("Dokumentation").fill("Underskrevet samtykkeblanket, scannet til journalen");
  await form.getByRole("button", { name: "Registrér samtykke" }).click();
  await expect(page.getByText("Samtykket er registreret.")).toBeVisible();

  expect((await jm.goto(childUrl))?.status()).toBe(200);
  await expect(jm.getByText("Eksponering under graviditeten, kopieret fra moderens sag")).toBeVisible();
  await jmContext.close();
});
