#!/usr/bin/env node
// Rebuilds prisma/migrations/20261201000000_baseline/migration.sql from its
// sources (ADR 0010): the roles head, the schema as Prisma diffs it from
// prisma/schema.prisma (with AuditEvent made a partitioned table, ADR 0013),
// the audit chain's head tables, every policy file in prisma/sql/policies in
// file order, and last the audit log's first partitions (they need the
// partition function of the policy files). Run it after changing any of them, then
// `npm run db:generate`. Needs DATABASE_URL (or --url) naming any reachable
// PostgreSQL database: Prisma's diff wants a connection, it changes nothing.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { partitionAuditEvent } from "./lib/partition-audit.mjs";
import { prismaEnv } from "./prisma.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const urlFlag = process.argv.indexOf("--url");
const url = urlFlag > 0 ? process.argv[urlFlag + 1] : process.env.DATABASE_URL;
if (!url) {
  console.error("regen-baseline: set DATABASE_URL or pass --url postgresql://...");
  process.exit(1);
}

const read = (relative) => readFileSync(path.join(root, relative), "utf8");
const schema = partitionAuditEvent(execFileSync(
  path.join(root, "node_modules", ".bin", "prisma"),
  ["migrate", "diff", "--from-empty", "--to-schema=prisma/schema.prisma", "--script"],
  { cwd: root, env: prismaEnv({ DATABASE_URL: url }), encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
));

const banner = (file) => `-- ${"=".repeat(75)}\n-- ${file}\n-- ${"=".repeat(75)}\n`;
const policies = readdirSync(path.join(root, "prisma/sql/policies"))
  .filter((name) => name.endsWith(".sql"))
  .sort()
  .map((name) => banner(`prisma/sql/policies/${name}`) + read(`prisma/sql/policies/${name}`));

const migration =
  read("prisma/sql/baseline/00-head.sql") +
  schema.trimEnd() +
  "\n\n" +
  read("prisma/sql/baseline/90-audit-chain-head.sql") +
  "\n" +
  policies.join("\n") +
  "\n" +
  banner("prisma/sql/baseline/99-audit-partitions.sql") +
  read("prisma/sql/baseline/99-audit-partitions.sql");
writeFileSync(path.join(root, "prisma/migrations/20261201000000_baseline/migration.sql"), migration);
console.log("regen-baseline: wrote prisma/migrations/20261201000000_baseline/migration.sql");
