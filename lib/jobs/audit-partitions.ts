import "server-only";
import { ensureAuditPartitions } from "@/lib/audit/partitions";
import { defineJob } from "./job";

/**
 * Keeps the audit log's partitions for this month and the next three (ADR
 * 0013): rows must find their month's partition when they arrive, and there
 * is no DEFAULT partition to catch them. Daily (and at every runner start),
 * so three months of missed runs pass before an insert could fail.
 */
export const auditPartitions = defineJob({
  name: "audit-partitions",
  cron: "10 2 * * *",
  description: "Opretter audit-logens månedspartitioner tre måneder frem",
  handler: async ({ db, now }) => ({ created: await ensureAuditPartitions(db, now) }),
});
