-- The audit log: insert-only for requests, sealed into a hash chain by a
-- background job (ADR 0004, 0011). Requests never wait for each other: there
-- is no shared row to lock on the request path.

ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
-- An organisation reads its own users' events, and the responsible
-- organisation reads every event on its cases ("Hvem har set sagen").
CREATE POLICY audit_read ON "AuditEvent" FOR SELECT TO app_runtime
  USING ("orgId" = (SELECT app_current_org()) OR app_case_responsible("caseId"));
-- Log rows only about cases the writer can see, in its own name.
CREATE POLICY audit_insert ON "AuditEvent" FOR INSERT TO app_runtime
  WITH CHECK ("orgId" = (SELECT app_current_org()) AND "userId" = (SELECT app_current_user())
    AND ("caseId" IS NULL OR app_case_visible("caseId")));
GRANT SELECT ON "AuditEvent" TO app_runtime;
-- The chain columns are the sealer's, never a request's.
GRANT INSERT ("at", "userId", "actorName", "orgId", "orgName", "action", "entityType", "entityId",
  "caseId", "personId", "details", "requestId") ON "AuditEvent" TO app_runtime;
GRANT USAGE ON SEQUENCE "AuditEvent_id_seq" TO app_runtime;

-- The digest covers every column of the row (as JSON, so a column added later
-- is covered too: absent and NULL hash alike, so old rows keep their digest)
-- except the hash itself. UTC: the JSON form of a timestamp follows TimeZone.
CREATE FUNCTION audit_row_digest(prev text, e "AuditEvent") RETURNS text
  LANGUAGE sql STABLE SET "TimeZone" TO 'UTC' AS
$$
  SELECT encode(sha256(convert_to(
    prev || '|' || jsonb_strip_nulls(to_jsonb(e) - 'hash' - 'prevHash')::text, 'UTF8')), 'hex')
$$;

-- Seals up to p_max committed rows into the chain, oldest first. It picks
-- rows by "not sealed yet", never by a high-water mark: a row whose
-- transaction commits after a run (its id lower than rows already sealed) is
-- sealed by the next run, so none is skipped. The chain's order is the order
-- of sealing. One sealer at a time (the head row lock): sealers wait for each
-- other, requests never do.
CREATE FUNCTION audit_seal(p_max integer) RETURNS integer
  LANGUAGE plpgsql SET search_path = public, pg_temp AS
$$
DECLARE
  head audit_chain_head%ROWTYPE;
  r "AuditEvent";
  sealed integer := 0;
BEGIN
  SELECT * INTO head FROM audit_chain_head WHERE id FOR UPDATE;
  FOR r IN
    SELECT * FROM "AuditEvent" e
    WHERE e."chainSeq" IS NULL
    ORDER BY e.id
    LIMIT p_max
    FOR UPDATE
  LOOP
    r."chainSeq" := head.seq + 1;
    r."prevHash" := head.hash;
    r.hash := audit_row_digest(head.hash, r);
    -- "at" too: it names the row's partition (ADR 0013), so only that one is searched.
    UPDATE "AuditEvent" SET "chainSeq" = r."chainSeq", "prevHash" = r."prevHash", hash = r.hash
    WHERE id = r.id AND "at" = r."at";
    head.seq := r."chainSeq";
    head.hash := r.hash;
    sealed := sealed + 1;
  END LOOP;
  UPDATE audit_chain_head SET seq = head.seq, hash = head.hash WHERE id;
  RETURN sealed;
END
$$;
REVOKE ALL ON FUNCTION audit_seal(integer) FROM PUBLIC;

-- Rows that break the chain (empty result = intact). Run as the owner.
-- A changed column breaks the row's hash, a removed row leaves a gap (or, at
-- the end, a head pointing past the last row), an inserted row a gap, a
-- duplicate or a hash that does not chain. A range that retention dropped
-- with its partition (audit_dropped_range, ADR 0013) is one link standing
-- for its rows: it accounts for their numbers and carries its last row's
-- hash on, so the rows after it still chain. Only the ranges retention
-- recorded are forgiven; any other missing row is still a gap.
CREATE FUNCTION audit_verify_chain() RETURNS TABLE ("chainSeq" bigint, problem text)
  LANGUAGE sql STABLE AS
$$
  WITH links AS (
    SELECT e."chainSeq" AS first_seq, e."chainSeq" AS last_seq, e.hash AS out_hash, true AS is_row, e
    FROM "AuditEvent" e WHERE e."chainSeq" IS NOT NULL
    UNION ALL
    SELECT d.first_seq, d.last_seq, d.last_hash, false, NULL FROM audit_dropped_range d
  ),
  ordered AS (
    SELECT l.*, lag(l.out_hash, 1, repeat('0', 64)) OVER w AS expected_prev,
           lag(l.last_seq, 1, 0::bigint) OVER w AS previous_seq
    FROM links l WINDOW w AS (ORDER BY l.first_seq)
  )
  SELECT first_seq, 'missing row before this one' FROM ordered WHERE first_seq IS DISTINCT FROM previous_seq + 1
  UNION ALL
  SELECT first_seq, 'prevHash does not match the previous row' FROM ordered
  WHERE is_row AND (e)."prevHash" IS DISTINCT FROM expected_prev
  UNION ALL
  SELECT first_seq, 'row content does not match its hash' FROM ordered
  WHERE is_row AND (e).hash IS DISTINCT FROM audit_row_digest((e)."prevHash", e)
  UNION ALL
  SELECT h.seq, 'chain head does not match the last row' FROM audit_chain_head h
  -- The last link from the indexes, not from `links`: read once, `links` is inlined, not copied.
  LEFT JOIN LATERAL (
    SELECT x.last_seq, x.out_hash FROM (
      (SELECT a."chainSeq" AS last_seq, a.hash AS out_hash FROM "AuditEvent" a
       WHERE a."chainSeq" IS NOT NULL ORDER BY a."chainSeq" DESC LIMIT 1)
      UNION ALL
      (SELECT d.last_seq, d.last_hash FROM audit_dropped_range d ORDER BY d.last_seq DESC LIMIT 1)
    ) x ORDER BY x.last_seq DESC LIMIT 1
  ) last ON true
  WHERE h.seq <> coalesce(last.last_seq, 0) OR h.hash <> coalesce(last.out_hash, repeat('0', 64))
  ORDER BY 1
$$;
