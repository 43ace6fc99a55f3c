-- The audit log's first partitions (ADR 0013): this month and the next three.
-- From then on the audit-partitions job keeps three months ahead; there is
-- no DEFAULT partition, so a row for a month without a partition is refused
-- (the audited work rolls back with it) rather than stored where retention
-- cannot reach it.
SELECT audit_ensure_partitions(now(), now() + interval '3 months');
