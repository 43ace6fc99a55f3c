#!/usr/bin/env node
// node scripts/bench/pgbouncer.mjs [--dir /tmp/samforloeb-pgbouncer] [--port 6432]
//   [--server 127.0.0.1:5432] [--pool-size 10] [--user postgres]
// Writes a PgBouncer configuration for the app (transaction pooling, ADR
// 0014) into --dir and runs Debian's `pgbouncer` (apt-get install -y
// pgbouncer) in the foreground on it, as an ordinary process: Ctrl-C stops
// it. Not the system service. The app's requests then log in through it:
//   APP_DATABASE_URL=postgresql://app_login@127.0.0.1:6432/DB
// For a trusting local server (development, CI, the benchmark): auth_type
// trust, as the PostgreSQL server itself is configured here. Give real
// installations auth_type scram-sha-256 (or auth_query) instead.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "../scale/args.mjs";

const options = parseArgs(process.argv.slice(2), {
  dir: "/tmp/samforloeb-pgbouncer", port: 6432, server: "127.0.0.1:5432", "pool-size": 10, user: "postgres",
});
const [serverHost, serverPort = "5432"] = options.server.split(":");

/** The ini file; every choice that matters for the app is explained beside it. */
function pgbouncerIni({ dir, port, serverHost, serverPort, poolSize }) {
  return `; Written by scripts/bench/pgbouncer.mjs (ADR 0014).
[databases]
; Every database name the client asks for, on the one PostgreSQL server.
* = host=${serverHost} port=${serverPort}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir = ${dir}
pidfile = ${dir}/pgbouncer.pid
logfile = ${dir}/pgbouncer.log
auth_type = trust
auth_file = ${dir}/userlist.txt
; A server connection is lent for one transaction only. The app keeps all of
; its per-request state transaction-local (set_config(..., true) in
; lib/db/with-access.ts), and its pg driver sends unnamed statements (no
; statementNameGenerator), which PgBouncer 1.18 passes through; named
; prepared statements would need PgBouncer 1.21's max_prepared_statements.
pool_mode = transaction
; Server connections per database and login: fewer than the app processes'
; pools together (2 x 10), so the pooling is real.
default_pool_size = ${poolSize}
max_client_conn = 500
; Sent by some drivers at connect; harmless to ignore.
ignore_startup_parameters = extra_float_digits
admin_users = postgres
`;
}

mkdirSync(options.dir, { recursive: true });
const ini = path.join(options.dir, "pgbouncer.ini");
writeFileSync(ini, pgbouncerIni({ dir: options.dir, port: options.port, serverHost, serverPort, poolSize: options["pool-size"] }));
// With auth_type trust the names must still be listed; the passwords are not checked.
writeFileSync(path.join(options.dir, "userlist.txt"), `"app_login" ""\n"postgres" ""\n`);
console.log(`PgBouncer (transaction pooling) på 127.0.0.1:${options.port} -> ${options.server}; konfiguration ${ini}`);
// PgBouncer refuses to run as root: there it drops to --user (default the
// postgres system user), who must own the directory for its log and pid file.
const asRoot = process.getuid?.() === 0;
if (asRoot) execFileSync("chown", ["-R", options.user, options.dir]);
const child = spawn("pgbouncer", [...(asRoot ? ["-u", options.user] : []), ini], { stdio: "inherit" });
child.on("error", (error) => {
  console.error(`pgbouncer kunne ikke starte (${error.message}): apt-get install -y pgbouncer`);
  process.exit(1);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
