import type { Db } from "@/lib/db/types";

// The audit log by month (ADR 0013): partitions made ahead, whole months
// dropped after the retention period. Both run as the owner (jobs, scripts).

/** How many months ahead of this one the audit-partitions job keeps created. */
export const MONTHS_AHEAD = 3;

/**
 * The customary minimum for access logs in Danish kommune contracts (the
 * standard databehandleraftale after the former sikkerhedsbekendtgørelse
 * § 19: "keep logs for 6 months"; shared/domain/danish-rules.md § 3.2). It is
 * the default and the floor: a shorter period is refused.
 */
export const MIN_RETENTION_MONTHS = 6;

/** AUDIT_RETENTION_MONTHS: whole months an audit row is kept at least (default and minimum 6). */
export function auditRetentionMonths(env: Record<string, string | undefined> = process.env): number {
  const raw = env.AUDIT_RETENTION_MONTHS?.trim();
  if (!raw) return MIN_RETENTION_MONTHS;
  const months = Number(raw);
  if (!Number.isInteger(months) || months < MIN_RETENTION_MONTHS) {
    throw new Error(`AUDIT_RETENTION_MONTHS must be a whole number of months, at least ${MIN_RETENTION_MONTHS} (got "${raw}")`);
  }
  return months;
}

/** Creates this month's partition and the next `monthsAhead` months' where missing; returns how many it created. */
export async function ensureAuditPartitions(db: Pick<Db, "$queryRaw">, now: Date, monthsAhead = MONTHS_AHEAD): Promise<number> {
  const [row] = await db.$queryRaw<{ created: number }[]>`
    SELECT audit_ensure_partitions(${now}::timestamptz, ${now}::timestamptz + make_interval(months => ${monthsAhead}::int)) AS created`;
  return row?.created ?? 0;
}

export type DroppedPartition = { partition: string; rows: number };

/**
 * Drops the partitions whose month ended more than `keepMonths` months before
 * this month began, recording the chain ranges they held and one audit row
 * per partition (audit_drop_partitions in prisma/sql/policies/65-audit-partitions.sql).
 */
export async function dropExpiredAuditPartitions(db: Pick<Db, "$queryRaw">, keepMonths: number, requestId: string): Promise<DroppedPartition[]> {
  const rows = await db.$queryRaw<{ dropped: string; row_count: bigint }[]>`
    SELECT dropped, row_count FROM audit_drop_partitions(${keepMonths}::int, ${requestId})`;
  return rows.map((row) => ({ partition: row.dropped, rows: Number(row.row_count) }));
}
