#!/usr/bin/env node
// npm test: every test tier, in order, stopping at the first failure.
//   lint         ESLint (incl. the rules that keep Prisma inside lib/db and
//                take z from @/lib/validation/zod)
//   unit         vitest, pure logic (domain rules, schemas, labels); there
//                are no component tests
//   integration  vitest against PostgreSQL as the runtime role
//                (TEST_DATABASE_URL when set, else its own embedded PGlite)
//   e2e          `next build`, then Playwright against `next start`
//                (Debian's Chromium, axe; see playwright.config.ts)
// The environment passes through unchanged, apart from telemetry off.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const TIERS = [
  // Static checks first: ESLint enforces that only lib/db imports the Prisma client.
  { name: "lint", steps: [[bin("eslint"), ["."]]] },
  { name: "unit", steps: [[bin("vitest"), ["run", "--project", "unit"]]] },
  { name: "integration", steps: [[bin("vitest"), ["run", "--project", "integration"]]] },
  {
    name: "e2e",
    steps: [
      [bin("next"), ["build"]],
      [bin("playwright"), ["test"]],
    ],
  },
];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.error) return { ok: false, why: result.error.message };
  if (result.signal) return { ok: false, why: `killed by ${result.signal}` };
  return { ok: result.status === 0, why: `exit code ${result.status}` };
}

const started = Date.now();
for (const [index, tier] of TIERS.entries()) {
  console.log(`\n=== Test tier ${index + 1}/${TIERS.length}: ${tier.name} ===\n`);
  const tierStarted = Date.now();
  for (const [command, args] of tier.steps) {
    const shown = `${path.basename(command)} ${args.join(" ")}`;
    console.log(`> ${shown}`);
    const result = run(command, args);
    if (!result.ok) {
      console.error(`\nTest tier "${tier.name}" FAILED: \`${shown}\` (${result.why}). Later tiers were not run.`);
      process.exit(1);
    }
  }
  console.log(`\n=== Tier ${tier.name} passed (${Math.round((Date.now() - tierStarted) / 1000)} s) ===`);
}
console.log(
  `\nAll test tiers passed (${TIERS.map((t) => t.name).join(", ")}) in ${Math.round((Date.now() - started) / 1000)} s.`,
);
