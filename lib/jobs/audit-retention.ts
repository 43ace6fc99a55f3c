import "server-only";
import { auditRetentionMonths, dropExpiredAuditPartitions } from "@/lib/audit/partitions";
import { defineJob } from "./job";

/**
 * Retention (ADR 0013): drops the audit log's month partitions older than
 * AUDIT_RETENTION_MONTHS whole months (default 6), never single rows. The
 * chain ranges they held are recorded, so `npm run audit:verify` still
 * proves what remains, and each drop is itself an audit row of this run.
 */
export const auditRetention = defineJob({
  name: "audit-retention",
  cron: "40 2 * * *",
  description: "Sletter audit-logens månedspartitioner ældre end opbevaringsperioden",
  handler: async ({ db, runId }) => {
    const keepMonths = auditRetentionMonths();
    const dropped = await dropExpiredAuditPartitions(db, keepMonths, `job:${runId}`);
    return { keepMonths, dropped };
  },
});
