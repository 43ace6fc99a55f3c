import "dotenv/config";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, defineConfig, devices } from "@playwright/test";
import { e2eDatabaseUrl } from "./tests/e2e/database-url";
import { IDP_PORT, IDP_URL, OIDC_ENV } from "./tests/e2e/oidc/config";

// e2e: Playwright against `next start` (run `next build` first; `npm test`
// does). The web server gets a fresh database on every run:
// - TEST_DATABASE_URL set: a SEPARATE database "<its name>_e2e" on the same
//   server, so the e2e server's seed never meets the integration tests' data;
// - else an embedded PGlite in .test-data/e2e-pglite.
// scripts/e2e-prepare.mjs (re)creates it in the webServer command, right
// before the start script migrates and seeds it. A globalSetup would be too
// late: Playwright starts the webServer before globalSetup runs.

// E2E_PORT lets two e2e runs on one machine avoid each other.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;
const ROOT = __dirname;
const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** Debian's Chromium first (CI installs it); else Playwright's own download, if present. */
function chromiumExecutable(): string | undefined {
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  let own: string | undefined;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return own;
  // Listing tests needs no browser; everything else does.
  if (process.argv.includes("--list")) return undefined;
  throw new Error("Ingen Chromium fundet: installér Debians chromium (apt-get install -y chromium)");
}

const testDatabaseUrl = process.env.TEST_DATABASE_URL;
const databaseEnv: Record<string, string> = testDatabaseUrl
  ? { DATABASE_URL: e2eDatabaseUrl(testDatabaseUrl), SAMFORLOEB_DATA_DIR: "" }
  : // An empty DATABASE_URL counts as unset (also against a DATABASE_URL in .env): embedded PGlite.
    { DATABASE_URL: "", SAMFORLOEB_DATA_DIR: path.join(ROOT, ".test-data", "e2e-pglite") };

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  // One worker: CI has 2 cores, and the server needs one of them.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: [{
    // A real OpenID Connect provider on localhost for single sign-on (ADR 0034).
    command: "node tests/e2e/oidc/idp.mjs",
    cwd: ROOT,
    url: `${IDP_URL}/.well-known/openid-configuration`,
    timeout: 30_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { IDP_PORT: String(IDP_PORT), APP_URL: BASE_URL, OIDC_CLIENT_ID: OIDC_ENV.OIDC_CLIENT_ID!, OIDC_CLIENT_SECRET: OIDC_ENV.OIDC_CLIENT_SECRET! },
  }, {
    // `exec`: the start script becomes the process Playwright stops, so it can
    // shut the embedded database down cleanly on SIGTERM.
    command: "node scripts/e2e-prepare.mjs && exec node scripts/start.mjs start",
    cwd: ROOT,
    url: `${BASE_URL}/login`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      ...databaseEnv,
      PORT: String(PORT),
      NEXTAUTH_URL: BASE_URL,
      // Empty = unset: the start script then treats the run as non-production
      // and generates dev secrets, and `next start` still sets production itself.
      NODE_ENV: "",
      NEXT_TELEMETRY_DISABLED: "1",
      ...OIDC_ENV,
    },
  }],
});
