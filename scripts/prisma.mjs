#!/usr/bin/env node
// Runs the Prisma CLI. Where Prisma's engine download is blocked, a stand-in
// engine may sit in ../shared/tools (this project's sibling folder on CI); it
// is used only when PRISMA_SCHEMA_ENGINE_BINARY is unset and that file exists,
// so machines with normal internet keep Prisma's default behaviour.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function prismaEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  const sibling = path.resolve(root, "../shared/tools/prisma-schema-engine/schema-engine");
  if (!env.PRISMA_SCHEMA_ENGINE_BINARY && existsSync(sibling)) env.PRISMA_SCHEMA_ENGINE_BINARY = sibling;
  return env;
}

/** Runs a command without blocking this process: the embedded database may be serving from it. */
export function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

export function runPrisma(args, extraEnv = {}) {
  return run(path.join(root, "node_modules", ".bin", "prisma"), args, { cwd: root, env: prismaEnv(extraEnv) });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runPrisma(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
