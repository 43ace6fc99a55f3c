import { describe, expect, it } from "vitest";
import { parseCpr } from "@/lib/domain/cpr";
import { parseArgs } from "@/scripts/scale/args.mjs";
import { syntheticCpr } from "@/scripts/scale/cpr-pool.mjs";
import { parseCapture, pgbenchScript } from "@/scripts/bench/replay.mjs";

describe("scale generator CPR numbers", () => {
  it("are valid, female, unique and never a demo serial (second serial digit 9)", () => {
    const seen = new Set<string>();
    // Sampled (every 97th of 500,000): each birth day and serial step is hit, in milliseconds.
    for (let n = 0; n < 500_000; n += 97) {
      const { cpr, birthDate } = syntheticCpr(n);
      const parsed = parseCpr(cpr, { now: new Date("2026-12-01T12:00:00Z") });
      expect(parsed.ok && parsed.sex === "F" && parsed.birthDate === birthDate, cpr).toBe(true);
      expect(cpr[7]).not.toBe("9");
      seen.add(cpr);
    }
    expect(seen.size).toBe(Math.ceil(500_000 / 97));
  });
});

describe("command-line options", () => {
  it("reads numbers, flags and --name=value, and rejects unknown options", () => {
    const defaults = { cases: 20000, url: "", verify: false };
    expect(parseArgs(["--cases", "500", "--verify", "--url=postgresql://x/y?a=b"], defaults)).toEqual({
      cases: 500, url: "postgresql://x/y?a=b", verify: true,
    });
    expect(() => parseArgs(["--case", "1"], defaults)).toThrow(/unknown option --case/);
    expect(() => parseArgs(["--cases", "many"], defaults)).toThrow(/number/);
  });
});

describe("pgbench replay script", () => {
  const captured = parseCapture(
    [
      JSON.stringify({ text: "BEGIN", values: [] }),
      JSON.stringify({ text: "SELECT set_config('role', 'app_runtime', true), set_config('app.org_id', $1, true)", values: ["o-1"] }),
      JSON.stringify({ text: 'SELECT * FROM "Person" WHERE "lastName" = $1 AND "motherId" IS NOT DISTINCT FROM $2 LIMIT $10', values: ["O'Hara", null, "", "", "", "", "", "", "", "25"] }),
      JSON.stringify({ text: "COMMIT", values: [] }),
    ].join("\n"),
  );

  it("inlines parameters as literals, $10 before $1, one statement per line", () => {
    const script = pgbenchScript(captured, { rls: true });
    expect(script).toContain(`WHERE "lastName" = 'O''Hara' AND "motherId" IS NOT DISTINCT FROM NULL LIMIT '25';`);
    expect(script.trim().split("\n")).toHaveLength(4);
  });

  it("without RLS stays the connecting role instead of switching to app_runtime", () => {
    const script = pgbenchScript(captured, { rls: false });
    expect(script).toContain("set_config('role', 'none', true)");
    expect(script).not.toContain("app_runtime");
  });

  it("refuses SQL that never switches to the runtime role", () => {
    expect(() => pgbenchScript([{ text: "SELECT 1", values: [] }], { rls: true })).toThrow(/app_runtime/);
  });
});
