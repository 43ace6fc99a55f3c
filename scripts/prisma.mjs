#!/usr/bin/env node
// Runs the Prisma CLI. Where Prisma's engine download is blocked, a stand-in
// engine may sit in ../shared/tools (this project's sibling folder on CI); it
// is used only when PRISMA_SCHEMA_ENGINE_BINARY is unset and that file exists,
// so machines with normal internet keep Prisma's default behaviour.
import { spawnSync } from "node:child_process";
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

export function runPrisma(args, extraEnv = {}) {
  const bin = path.join(root, "node_modules", ".bin", "prisma");
  const result = spawnSync(bin, args, { cwd: root, stdio: "inherit", env: prismaEnv(extraEnv) });
  if (result.status !== 0) throw new Error(`prisma ${args.join(" ")} failed (exit ${result.status})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    runPrisma(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
