// Starts the production build (`next start`) on the benchmark's port against
// the benchmark database, and stops exactly the process it started.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { runtimeLoginUrl } from "../lib/database.mjs";

export async function startServer({ root, port, databaseUrl, appUrl, captureFile }) {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    // Requests log in as app_login, as in production (ADR 0010).
    APP_DATABASE_URL: appUrl || process.env.APP_DATABASE_URL || runtimeLoginUrl(databaseUrl),
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (captureFile) {
    env.SAMFORLOEB_SQL_CAPTURE = captureFile;
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --import ${path.join(root, "scripts", "bench", "capture-sql.mjs")}`.trim();
  }
  const child = spawn(process.execPath, [path.join(root, "scripts", "next-server.mjs"), "start", "--port", String(port)], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk) => {
    log = (log + chunk).slice(-20_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const base = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`next start did not answer on ${base} within 60 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    base,
    log: () => log,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

/** `count` servers on consecutive ports from `port`, started one after another; stop() stops them all. */
export async function startServers({ count, port, ...options }) {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) servers.push(await startServer({ ...options, port: port + i }));
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()));
    throw error;
  }
  return { bases: servers.map((server) => server.base), stop: () => Promise.all(servers.map((server) => server.stop())) };
}
