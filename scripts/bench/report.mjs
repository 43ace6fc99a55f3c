// docs/benchmarks.md: one section per run key (label + data size), replaced
// when the same key runs again, so the file keeps one run per size.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { ms, ratio } from "./stats.mjs";

const HEADER = `# Benchmarks

Written by \`npm run bench\` (see README, "Benchmark", and docs/decisions/0018-benchmark-method.md).
Each section is one run; a new run of the same label and data size replaces its section.
Latencies in milliseconds, over all responses in the HTTP table (a failed request is a response too);
the floor table compares the app's p50 over its 200 responses only ("–" when it served none). "Floor" is the SQL the app ran for one request, replayed by pgbench as the
runtime role (with row-level security); "no RLS" is the same SQL as a role that bypasses it.
`;

export function renderRun(run) {
  const lines = [];
  lines.push(`## ${run.title}`, "");
  lines.push(`- Date: ${run.date}`);
  lines.push(`- Machine: ${run.machine.cores} cores (${run.machine.cpu}), ${run.machine.memoryGb} GB RAM; Node ${run.machine.node}; ${run.machine.postgres}`);
  lines.push(`- Load average (1/5/15 min) at start: ${run.loadStart}; at end: ${run.loadEnd} (the machine is shared: other work ran alongside)`);
  lines.push(`- Data: ${run.data.cases.toLocaleString("en")} cases, ${run.data.audit.toLocaleString("en")} audit rows, ${run.data.persons.toLocaleString("en")} persons, ${run.data.orgs} organisations; the user's organisation is responsible for ${run.data.orgCases.toLocaleString("en")} cases`);
  if (run.topology?.servers > 1 || run.topology?.appLogin) {
    lines.push(`- Topology: ${run.topology.servers} \`next start\` process${run.topology.servers === 1 ? "" : "es"} (connections spread round-robin), requests log in as ${run.topology.appLogin || "app_login (direct)"}`);
  }
  lines.push(`- User: ${run.user} (production build, \`next start\`); ${run.duration} s per measurement, connections ${run.connections.join(" and ")}; pgbench ${run.pgbenchDuration} s`);
  lines.push("", "### HTTP (autocannon)", "");
  lines.push("| Page | Conns | responses | p50 | p95 | p99 | req/s | errors | non-200 | wrong page |");
  lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of run.http) {
    lines.push(`| ${r.label} | ${r.connections} | ${r.n} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.rps.toFixed(1)} | ${r.errors} | ${r.non200} | ${r.wrong} |`);
  }
  if (run.sql.length > 0) {
    lines.push("", "### SQL floor (pgbench replay of the captured request SQL)", "");
    lines.push("| Page | Statements | Conns | app p50 (200s) | floor p50 | floor p95 | floor tx/s | no-RLS p50 | app/floor | RLS/no-RLS |");
    lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const r of run.sql) {
      lines.push(`| ${r.label} | ${r.statements} | ${r.connections} | ${ms(r.app.ok.p50)} | ${ms(r.rls.p50)} | ${ms(r.rls.p95)} | ${r.rls.tps.toFixed(1)} | ${ms(r.norls.p50)} | ${ratio(r.app.ok.p50, r.rls.p50)} | ${ratio(r.rls.p50, r.norls.p50)} |`);
    }
  }
  if (run.notes.length > 0) lines.push("", ...run.notes.map((n) => `- ${n}`));
  return `${lines.join("\n")}\n`;
}

export function writeRun(file, key, markdown) {
  const begin = `<!-- bench:${key} -->`;
  const end = `<!-- /bench:${key} -->`;
  const block = `${begin}\n${markdown}${end}\n`;
  let text = existsSync(file) ? readFileSync(file, "utf8") : HEADER;
  const from = text.indexOf(begin);
  if (from >= 0) {
    const to = text.indexOf(end, from) + end.length + 1;
    text = text.slice(0, from) + block + text.slice(to);
  } else {
    text = `${text.trimEnd()}\n\n${block}`;
  }
  writeFileSync(file, text);
}
