// The SQL floor: the statements one request made (captured by
// capture-sql.mjs), replayed by pgbench. "rls" replays them exactly as the
// app sent them (the transaction switches to app_runtime, so every policy
// applies); "norls" replays the same statements but stays the connecting
// role, which must bypass row-level security (superuser or BYPASSRLS).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { summarise } from "./stats.mjs";

export function parseCapture(text) {
  return text.split("\n").filter(Boolean).map((line) => JSON.parse(line));
}

function literal(value) {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "object" && value.bytea !== undefined) return `'\\x${value.bytea}'`;
  return `'${String(value).replace(/'/g, "''")}'`;
}

const RUNTIME_ROLE = /set_config\('role',\s*'app_runtime',\s*true\)/g;

/** A pgbench script: one statement per request query, parameters inlined as literals. */
export function pgbenchScript(statements, { rls }) {
  const sql = statements.map(({ text, values }) => {
    const inlined = text.replace(/\$(\d+)/g, (_, i) => literal(values[Number(i) - 1]));
    return `${(rls ? inlined : inlined.replace(RUNTIME_ROLE, "set_config('role', 'none', true)")).trim()};`;
  });
  if (rls && !sql.some((s) => s.includes("'app_runtime'"))) throw new Error("the captured SQL never switches to app_runtime: nothing to compare");
  return `${sql.join("\n")}\n`;
}

export function runPgbench({ url, script, connections, duration }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "samforloeb-bench-"));
  try {
    const file = path.join(dir, "request.sql");
    writeFileSync(file, script);
    const args = ["-n", "-M", "simple", "-f", file, "-c", String(connections), "-j", String(Math.min(connections, 2)),
      "-T", String(duration), "-l", "--log-prefix", path.join(dir, "tx"), url];
    const run = spawnSync("pgbench", args, { encoding: "utf8" });
    if (run.error) throw new Error(`pgbench: ${run.error.message} (install postgresql-client / postgresql-contrib)`);
    const latencies = [];
    for (const name of readdirSync(dir).filter((f) => f.startsWith("tx."))) {
      for (const line of readFileSync(path.join(dir, name), "utf8").split("\n")) {
        const fields = line.trim().split(/\s+/);
        if (fields.length >= 3) latencies.push(Number(fields[2]) / 1000);
      }
    }
    const failed = Number(/number of failed transactions: (\d+)/.exec(run.stdout)?.[1] ?? 0);
    if (run.status !== 0 || latencies.length === 0) {
      throw new Error(`pgbench failed (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
    }
    return { ...summarise(latencies), tps: latencies.length / duration, failed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
