// Prisma's schema cannot say "partitioned" (ADR 0013). Its diff writes
// CREATE TABLE "AuditEvent" (...) as a plain table; this turns exactly that
// statement into the partitioned parent, PARTITION BY RANGE ("at"), and
// nothing else. The keys it needs (a primary key and indexes that a
// partitioned table accepts: the key includes "at", no unique index without
// it) are in schema.prisma, so the diff already writes them; the check below
// refuses a diff that would not work on a partitioned table instead of
// producing a migration that fails when applied.

const CREATE_AUDIT = /^CREATE TABLE "AuditEvent" \((?:\n[^\n]*)*?\n\);$/gm;

/** The migrate-diff script with AuditEvent created as a table partitioned by month on "at". */
export function partitionAuditEvent(schemaSql) {
  const matches = schemaSql.match(CREATE_AUDIT) ?? [];
  if (matches.length !== 1) {
    throw new Error(`partition-audit: expected one CREATE TABLE "AuditEvent" statement in Prisma's diff, found ${matches.length}`);
  }
  const [statement] = matches;
  if (!/CONSTRAINT "AuditEvent_pkey" PRIMARY KEY \([^)]*"at"[^)]*\)/.test(statement)) {
    throw new Error(`partition-audit: AuditEvent's primary key must include "at" (the partition key): @@id([id, at]) in schema.prisma`);
  }
  const uniqueWithoutAt = schemaSql
    .split("\n")
    .filter((line) => /^CREATE UNIQUE INDEX "[^"]+" ON "AuditEvent"/.test(line) && !line.includes('"at"'));
  if (uniqueWithoutAt.length > 0) {
    throw new Error(`partition-audit: a unique index on a partitioned table must include "at": ${uniqueWithoutAt.join("; ")}`);
  }
  const partitioned = statement.replace(/\);$/, ') PARTITION BY RANGE ("at");');
  return schemaSql.replace(statement, () =>
    `-- Partitioned by month on "at" (ADR 0013; scripts/lib/partition-audit.mjs). The\n` +
    `-- partitions are made by audit_ensure_partitions() (policies/65-audit-partitions.sql).\n` +
    partitioned,
  );
}
