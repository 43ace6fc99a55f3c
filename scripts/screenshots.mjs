#!/usr/bin/env node
// Screenshots of the app's pages at 1366 and 390 CSS pixels, signed in as a
// demo user, for review and the README: node scripts/screenshots.mjs
// [--url http://localhost:3000] [--out docs/screenshots] [--user sagsbehandler@vejle.demo]
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
  },
});
const PAGES = [["sager", "/sager"], ["opgaver", "/opgaver"], ["underretninger", "/underretninger"], ["ikke-fundet", "/sager/00000000-0000-4000-8000-000000000000"]];
const WIDTHS = [1366, 390];

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
try {
  mkdirSync(values.out, { recursive: true });
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${values.url}/login`);
    await page.getByLabel("E-mail", { exact: true }).fill(values.user);
    await page.getByLabel("Adgangskode", { exact: true }).fill(values.password);
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.waitForURL((url) => url.pathname !== "/login");
    await page.goto(`${values.url}/sager`);
    const caseHref = await page.getByRole("table").getByRole("link").first().getAttribute("href");
    for (const [name, href] of [...PAGES, ["sag", caseHref]]) {
      await page.goto(`${values.url}${href}`);
      const file = path.join(values.out, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
