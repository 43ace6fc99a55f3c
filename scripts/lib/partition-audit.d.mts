/** The migrate-diff script with AuditEvent created as a table partitioned by month on "at" (ADR 0013). */
export function partitionAuditEvent(schemaSql: string): string;
