-- Audit: 10 events per case over its lifetime, sealed into the hash chain
-- exactly as audit_seal() seals them (ADR 0011), so `npm run audit:verify`
-- proves the whole table. audit_seal() updates each row after it is
-- inserted; for millions of rows that writes every row twice, so the rows
-- are staged, chained here in one pass with the same audit_row_digest()
-- under the head row's lock, and inserted sealed. If the chain's design
-- changes, this file is the one to adapt. The table is partitioned by month
-- (ADR 0013): the months the events span get their partitions first, and
-- the events are chained in time order, as the sealer would have sealed them
-- live, so retention later drops whole ranges of the chain.

CREATE TEMP TABLE scale_audit (LIKE "AuditEvent") ON COMMIT DROP;

INSERT INTO scale_audit (id, at, "userId", "actorName", "orgId", "orgName", action, "entityType", "entityId", "caseId", "personId", details)
SELECT nextval(pg_get_serial_sequence('"AuditEvent"', 'id')),
  c.created_at + (c.updated_at - c.created_at) * (i::float / 10),
  CASE WHEN i IN (4, 8) THEN w.worker_id ELSE o.worker_id END,
  CASE WHEN i IN (4, 8) THEN w.worker_name ELSE o.worker_name END,
  CASE WHEN i IN (4, 8) THEN w.id ELSE o.familie END,
  CASE WHEN i IN (4, 8) THEN w.name ELSE f.name END,
  a.action, 'CaseFile', c.id::text, c.id, c.person_id,
  CASE a.action WHEN 'case.stage-change' THEN jsonb_build_object('to', c.stage) END
FROM scale_case c
JOIN scale_case_org o ON o.n = c.n
JOIN scale_org f ON f.id = o.familie
JOIN scale_participant p ON p.n = c.n AND p.g = 0
JOIN scale_org w ON w.id = p.org_id
CROSS JOIN generate_series(0, 9) i
CROSS JOIN LATERAL (SELECT (ARRAY['case.create', 'case.open', 'participant.add', 'note.create', 'case.open', 'case.stage-change',
  'case.open', 'note.create', 'case.open', 'case.open'])[i + 1] AS action) a;

SELECT audit_ensure_partitions(min(at), max(at)) FROM scale_audit;

CREATE FUNCTION pg_temp.scale_chain() RETURNS SETOF "AuditEvent" LANGUAGE plpgsql AS $$
DECLARE
  r "AuditEvent";
  v_seq bigint;
  v_hash text;
BEGIN
  SELECT h.seq, h.hash INTO v_seq, v_hash FROM audit_chain_head h WHERE h.id FOR UPDATE;
  FOR r IN SELECT * FROM scale_audit ORDER BY at, id LOOP
    v_seq := v_seq + 1;
    r."chainSeq" := v_seq;
    r."prevHash" := v_hash;
    v_hash := audit_row_digest(v_hash, r);
    r.hash := v_hash;
    RETURN NEXT r;
  END LOOP;
  UPDATE audit_chain_head h SET seq = v_seq, hash = v_hash WHERE h.id;
END
$$;

INSERT INTO "AuditEvent" SELECT * FROM pg_temp.scale_chain();
