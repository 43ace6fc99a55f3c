#!/usr/bin/env node
// Screenshots of the app's pages at 1366 and 390 CSS pixels, signed in as a
// demo user, for review and the README: node scripts/screenshots.mjs
// [--url http://localhost:3000] [--out docs/screenshots] [--user sagsbehandler@vejle.demo]
// [--pages "ny-sag=/sager/ny,..."] (only these pages) [--check "CPR ukendt"]
// [--open "Tilføj CPR-nummer"] (tick that checkbox / click that text where the page has it: a form's other state)
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:3000" },
    out: { type: "string", default: "docs/screenshots" },
    user: { type: "string", default: "sagsbehandler@vejle.demo" },
    password: { type: "string", default: process.env.DEMO_PASSWORD ?? "Samforloeb-demo-2026" },
    pages: { type: "string" },
    check: { type: "string" },
    open: { type: "string" },
  },
});
const PAGES = [["sager", "/sager"], ["opgaver", "/opgaver"], ["underretninger", "/underretninger"], ["ikke-fundet", "/sager/00000000-0000-4000-8000-000000000000"]];
const WIDTHS = [1366, 390];
const ONLY = values.pages?.split(",").map((pair) => pair.split("="));

/** The form state to show: a checkbox ticked, a collapsed part opened. */
async function prepare(page) {
  if (values.check && (await page.getByLabel(values.check).count())) await page.getByLabel(values.check).first().check();
  if (values.open && (await page.getByText(values.open, { exact: true }).count())) await page.getByText(values.open, { exact: true }).first().click();
}

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
try {
  mkdirSync(values.out, { recursive: true });
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${values.url}/login`);
    await page.getByLabel("E-mail", { exact: true }).fill(values.user);
    await page.getByLabel("Adgangskode", { exact: true }).fill(values.password);
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await page.waitForURL((url) => url.pathname !== "/login");
    await page.goto(`${values.url}/sager`);
    const caseHref = ONLY ? null : await page.getByRole("table").getByRole("link").first().getAttribute("href");
    for (const [name, href] of ONLY ?? [...PAGES, ["sag", caseHref]]) {
      await page.goto(`${values.url}${href}`);
      // Lazily loaded parts (the week view) arrive after the load event.
      await page.waitForLoadState("networkidle");
      await prepare(page);
      const file = path.join(values.out, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
