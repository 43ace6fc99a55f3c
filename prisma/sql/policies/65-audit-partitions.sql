-- The audit log by month (ADR 0013): "AuditEvent" is partitioned by RANGE on
-- "at", one partition per calendar month in UTC, named AuditEvent_YYYY_MM.
-- Requests insert into the parent only: a partition has no grant to the
-- runtime role (so it can neither read one directly, past the parent's
-- policies, nor change one), and only the owner, who owns the parent, can
-- create, detach or drop partitions. Both functions are the owner's (the
-- audit-partitions and audit-retention jobs, lib/jobs/).

-- Creates the month partitions from p_from's month to p_to's month that do
-- not exist yet; returns how many it created. Idempotent, and safe to run
-- from several places at once (the transaction-scoped advisory lock). Adding
-- a partition locks the parent briefly: lock_timeout makes it give up, and
-- the job retry, instead of queueing every audited request behind a long
-- transaction.
CREATE FUNCTION audit_ensure_partitions(p_from timestamptz, p_to timestamptz) RETURNS integer
  LANGUAGE plpgsql SET search_path = public, pg_temp SET "TimeZone" TO 'UTC' SET lock_timeout TO '5s' AS
$$
DECLARE
  m timestamptz := date_trunc('month', p_from);
  name text;
  created integer := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('audit_ensure_partitions'));
  WHILE m <= p_to LOOP
    name := 'AuditEvent_' || to_char(m, 'YYYY_MM');
    IF to_regclass(format('public.%I', name)) IS NULL THEN
      EXECUTE format('CREATE TABLE public.%I PARTITION OF "AuditEvent" FOR VALUES FROM (%L) TO (%L)',
        name, m, m + interval '1 month');
      created := created + 1;
    END IF;
    m := m + interval '1 month';
  END LOOP;
  RETURN created;
END
$$;
REVOKE ALL ON FUNCTION audit_ensure_partitions(timestamptz, timestamptz) FROM PUBLIC;

-- Retention: drops every partition whose whole month ended more than
-- p_keep_months months before this month began, so a row is kept at least
-- p_keep_months full months. Rows are never deleted one by one. Before a
-- partition goes, its chain numbers are recorded as runs in
-- audit_dropped_range, with each run's last hash, so audit_verify_chain()
-- still proves what remains, and the drop itself is an audit row (the
-- system actor, lib/audit/write.ts SYSTEM_ACTOR_NAME), sealed like any
-- other. A partition with unsealed rows waits for the sealer (skipped this
-- time). Runs under the chain head's lock, so no sealer moves the chain
-- meanwhile. Returns the partitions dropped and their row counts.
CREATE FUNCTION audit_drop_partitions(p_keep_months integer, p_request_id text DEFAULT NULL)
  RETURNS TABLE (dropped text, row_count bigint)
  LANGUAGE plpgsql SET search_path = public, pg_temp SET "TimeZone" TO 'UTC' SET lock_timeout TO '5s' AS
$$
DECLARE
  cutoff timestamptz;
  p record;
  n bigint;
  unsealed bigint;
  first_seq bigint;
  last_seq bigint;
BEGIN
  IF p_keep_months IS NULL OR p_keep_months < 1 THEN
    RAISE EXCEPTION 'audit_drop_partitions: keep at least one month, not %', p_keep_months;
  END IF;
  cutoff := date_trunc('month', now()) - make_interval(months => p_keep_months);
  PERFORM 1 FROM audit_chain_head WHERE id FOR UPDATE;
  FOR p IN
    SELECT c.oid::regclass AS rel, c.relname::text AS relname, b.lower, b.upper
    FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    CROSS JOIN LATERAL (
      SELECT (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'FROM \(''([^'']+)''\)'))[1]::timestamptz AS lower,
             (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \(''([^'']+)''\)'))[1]::timestamptz AS upper
    ) b
    WHERE i.inhparent = '"AuditEvent"'::regclass AND b.upper <= cutoff
    ORDER BY b.upper
  LOOP
    EXECUTE format('SELECT count(*), count(*) FILTER (WHERE "chainSeq" IS NULL), min("chainSeq"), max("chainSeq") FROM %s', p.rel)
      INTO n, unsealed, first_seq, last_seq;
    IF unsealed > 0 THEN
      RAISE NOTICE 'audit_drop_partitions: % has % unsealed rows, kept until they are sealed', p.relname, unsealed;
      CONTINUE;
    END IF;
    -- Gaps and islands: consecutive numbers share chainSeq - row_number().
    EXECUTE format($q$
      INSERT INTO audit_dropped_range (first_seq, last_seq, last_hash, partition_name)
      SELECT min(seq), max(seq), (array_agg(hash ORDER BY seq DESC))[1], %L
      FROM (SELECT "chainSeq" AS seq, hash, "chainSeq" - row_number() OVER (ORDER BY "chainSeq") AS island FROM %s) r
      GROUP BY island$q$, p.relname, p.rel);
    INSERT INTO "AuditEvent" ("actorName", action, "entityType", "entityId", details, "requestId")
    VALUES ('System', 'audit.partition-drop', 'AuditEvent', p.relname,
      jsonb_build_object('partition', p.relname, 'from', p.lower, 'to', p.upper, 'rows', n,
        'keepMonths', p_keep_months, 'firstChainSeq', first_seq, 'lastChainSeq', last_seq),
      p_request_id);
    EXECUTE format('DROP TABLE %s', p.rel);
    dropped := p.relname;
    row_count := n;
    RETURN NEXT;
  END LOOP;
END
$$;
REVOKE ALL ON FUNCTION audit_drop_partitions(integer, text) FROM PUBLIC;
