-- Access control enforced by PostgreSQL (ADR 0002). The app runs every request
-- in one transaction with `SET LOCAL ROLE app_runtime` and transaction-local
-- settings app.org_id / app.user_id. A missing setting yields NULL, and NULL
-- matches no row: no context, no data.

-- Prisma's driver-adapter engine splits migration scripts on every semicolon,
-- so procedural bodies spell theirs as \073 inside an E'' string (ADR 0002).
DO E'BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ''app_runtime'') THEN
    CREATE ROLE app_runtime NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE\073
  END IF\073
  IF NOT pg_has_role(current_user, ''app_runtime'', ''MEMBER'') THEN
    EXECUTE format(''GRANT app_runtime TO %I'', current_user)\073
  END IF\073
END';

GRANT USAGE ON SCHEMA public TO app_runtime;

-- ---------------------------------------------------------------------------
-- Context helpers
-- ---------------------------------------------------------------------------
CREATE FUNCTION app_current_org() RETURNS uuid
  LANGUAGE sql STABLE AS
$$ SELECT NULLIF(current_setting('app.org_id', true), '')::uuid $$;

CREATE FUNCTION app_current_user() RETURNS uuid
  LANGUAGE sql STABLE AS
$$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;

-- SECURITY DEFINER: policies on one table must read others without recursing
-- into those tables' own policies. search_path is pinned against hijacking.

-- A case is visible to its responsible organisation and to every organisation
-- currently participating in it.
CREATE FUNCTION app_case_visible(p_case uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT EXISTS (
    SELECT 1 FROM "CaseFile" c
    WHERE c.id = p_case AND c."responsibleOrgId" = app_current_org()
  ) OR EXISTS (
    SELECT 1 FROM "CaseParticipant" p
    WHERE p."caseId" = p_case AND p."orgId" = app_current_org() AND p."until" IS NULL
  )
$$;

-- THE record rule, one place: a case record (note, report, deadline, ...) is
-- readable by its author organisation and by those who may see the case.
-- Category-scoped sharing bases narrow the second half (consent migration).
CREATE FUNCTION app_can_read_record(p_case uuid, p_author_org uuid, p_category "InfoCategory") RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT p_author_org = app_current_org() OR app_case_visible(p_case) $$;

CREATE FUNCTION app_person_visible(p_person uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT EXISTS (SELECT 1 FROM "Person" p WHERE p.id = p_person AND p."ownerOrgId" = app_current_org())
      OR EXISTS (SELECT 1 FROM "CaseFile" c WHERE c."subjectId" = p_person AND app_case_visible(c.id))
      -- an unborn child's mother is visible with the child's case
      OR EXISTS (
        SELECT 1 FROM "Person" child JOIN "CaseFile" c ON c."subjectId" = child.id
        WHERE child."motherId" = p_person AND app_case_visible(c.id)
      )
$$;

-- Organisations that share a visible case with the current organisation.
CREATE FUNCTION app_org_visible(p_org uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT p_org = app_current_org() OR EXISTS (
    SELECT 1 FROM "CaseFile" c
    WHERE (c."responsibleOrgId" = p_org OR EXISTS (
            SELECT 1 FROM "CaseParticipant" p WHERE p."caseId" = c.id AND p."orgId" = p_org))
      AND app_case_visible(c.id)
  )
$$;

CREATE FUNCTION app_user_visible(p_user uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT p_user = app_current_user() OR EXISTS (
    SELECT 1 FROM "Membership" m WHERE m."userId" = p_user AND m."orgId" = app_current_org()
  )
$$;

-- The organisation directory (names and types of public bodies, no personal
-- data) for pickers, without opening the Organization table itself.
CREATE FUNCTION app_org_directory()
  RETURNS TABLE (id uuid, name text, type "OrgType", "kommuneCode" text, "regionCode" text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT o.id, o.name, o.type, o."kommuneCode", o."regionCode" FROM "Organization" o
  WHERE app_current_org() IS NOT NULL ORDER BY o.name
$$;

-- ---------------------------------------------------------------------------
-- Row-level security: ENABLE + FORCE on every tenant table
-- ---------------------------------------------------------------------------
ALTER TABLE "Organization" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Organization" FORCE ROW LEVEL SECURITY;
CREATE POLICY org_read ON "Organization" FOR SELECT TO app_runtime USING (app_org_visible(id));
CREATE POLICY org_update_own ON "Organization" FOR UPDATE TO app_runtime
  USING (id = app_current_org()) WITH CHECK (id = app_current_org());

ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "User" FORCE ROW LEVEL SECURITY;
CREATE POLICY user_read ON "User" FOR SELECT TO app_runtime USING (app_user_visible(id));

ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY membership_read ON "Membership" FOR SELECT TO app_runtime
  USING ("orgId" = app_current_org() OR "userId" = app_current_user());

ALTER TABLE "Person" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Person" FORCE ROW LEVEL SECURITY;
-- The direct column test first: on INSERT ... RETURNING the new row is not yet
-- visible to the helper function's snapshot.
CREATE POLICY person_read ON "Person" FOR SELECT TO app_runtime
  USING ("ownerOrgId" = app_current_org() OR app_person_visible(id));
CREATE POLICY person_insert ON "Person" FOR INSERT TO app_runtime WITH CHECK ("ownerOrgId" = app_current_org());
CREATE POLICY person_update ON "Person" FOR UPDATE TO app_runtime
  USING ("ownerOrgId" = app_current_org()) WITH CHECK ("ownerOrgId" = app_current_org());

ALTER TABLE "CaseFile" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CaseFile" FORCE ROW LEVEL SECURITY;
CREATE POLICY case_read ON "CaseFile" FOR SELECT TO app_runtime
  USING ("responsibleOrgId" = app_current_org() OR app_case_visible(id));
CREATE POLICY case_insert ON "CaseFile" FOR INSERT TO app_runtime WITH CHECK ("responsibleOrgId" = app_current_org());
CREATE POLICY case_update ON "CaseFile" FOR UPDATE TO app_runtime
  USING ("responsibleOrgId" = app_current_org()) WITH CHECK ("responsibleOrgId" = app_current_org());

ALTER TABLE "StageTransition" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "StageTransition" FORCE ROW LEVEL SECURITY;
CREATE POLICY transition_read ON "StageTransition" FOR SELECT TO app_runtime USING (app_case_visible("caseId"));
CREATE POLICY transition_insert ON "StageTransition" FOR INSERT TO app_runtime
  WITH CHECK ("orgId" = app_current_org() AND "byUserId" = app_current_user() AND EXISTS (
    SELECT 1 FROM "CaseFile" c WHERE c.id = "caseId" AND c."responsibleOrgId" = app_current_org()));

ALTER TABLE "CaseParticipant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CaseParticipant" FORCE ROW LEVEL SECURITY;
CREATE POLICY participant_read ON "CaseParticipant" FOR SELECT TO app_runtime USING (app_case_visible("caseId"));
-- Only the responsible organisation manages who is on its case.
CREATE POLICY participant_write ON "CaseParticipant" FOR ALL TO app_runtime
  USING (EXISTS (SELECT 1 FROM "CaseFile" c WHERE c.id = "caseId" AND c."responsibleOrgId" = app_current_org()))
  WITH CHECK (EXISTS (SELECT 1 FROM "CaseFile" c WHERE c.id = "caseId" AND c."responsibleOrgId" = app_current_org()));

ALTER TABLE "Note" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Note" FORCE ROW LEVEL SECURITY;
CREATE POLICY note_read ON "Note" FOR SELECT TO app_runtime
  USING (app_can_read_record("caseId", "authorOrgId", category));
CREATE POLICY note_insert ON "Note" FOR INSERT TO app_runtime
  WITH CHECK ("authorOrgId" = app_current_org() AND "authorUserId" = app_current_user() AND app_case_visible("caseId"));

-- ---------------------------------------------------------------------------
-- Audit: insert-only for the runtime role, hash-chained by a trigger
-- ---------------------------------------------------------------------------
ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
-- An organisation reads its own users' events, and the responsible
-- organisation reads every event on its cases ("Hvem har set sagen").
CREATE POLICY audit_read ON "AuditEvent" FOR SELECT TO app_runtime
  USING ("orgId" = app_current_org() OR EXISTS (
    SELECT 1 FROM "CaseFile" c WHERE c.id = "caseId" AND c."responsibleOrgId" = app_current_org()));
CREATE POLICY audit_insert ON "AuditEvent" FOR INSERT TO app_runtime
  WITH CHECK ("orgId" = app_current_org() AND "userId" = app_current_user());

-- The chain head is one row: updating it serialises concurrent inserts and
-- numbers them, so the chain order is the commit order of the head update.
CREATE TABLE audit_chain_head (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_chain_head (seq, hash) VALUES (0, repeat('0', 64));

CREATE FUNCTION audit_row_digest(prev text, e "AuditEvent") RETURNS text
  LANGUAGE sql IMMUTABLE AS
$$
  SELECT encode(sha256(convert_to(concat_ws('|',
    prev, e."chainSeq"::text, e.id::text, (extract(epoch FROM e.at) * 1000000)::bigint::text,
    coalesce(e."userId"::text, ''), coalesce(e."orgId"::text, ''), e.action,
    coalesce(e."entityType", ''), coalesce(e."entityId", ''), coalesce(e."caseId"::text, ''),
    coalesce(e."personId"::text, ''), coalesce(e.details::text, ''), coalesce(e."requestId", '')
  ), 'UTF8')), 'hex')
$$;

CREATE FUNCTION audit_chain_before_insert() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
E'DECLARE
  head audit_chain_head%ROWTYPE\073
BEGIN
  SELECT * INTO head FROM audit_chain_head WHERE id FOR UPDATE\073
  NEW."chainSeq" := head.seq + 1\073
  NEW."prevHash" := head.hash\073
  NEW.hash := audit_row_digest(head.hash, NEW)\073
  UPDATE audit_chain_head SET seq = NEW."chainSeq", hash = NEW.hash WHERE id\073
  RETURN NEW\073
END';

CREATE TRIGGER audit_chain BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_chain_before_insert();

-- Rows that break the chain (empty result = intact). Run as the owner.
CREATE FUNCTION audit_verify_chain() RETURNS TABLE ("chainSeq" bigint, problem text)
  LANGUAGE sql STABLE AS
$$
  WITH ordered AS (
    SELECT e, e."chainSeq" AS seq,
           lag(e.hash, 1, repeat('0', 64)) OVER w AS expected_prev,
           lag(e."chainSeq", 1, 0::bigint) OVER w AS previous_seq
    FROM "AuditEvent" e WINDOW w AS (ORDER BY e."chainSeq")
  )
  SELECT seq, 'missing row before this one' FROM ordered WHERE seq IS DISTINCT FROM previous_seq + 1
  UNION ALL
  SELECT seq, 'prevHash does not match the previous row' FROM ordered WHERE (e)."prevHash" IS DISTINCT FROM expected_prev
  UNION ALL
  SELECT seq, 'row content does not match its hash' FROM ordered
  WHERE (e).hash IS DISTINCT FROM audit_row_digest((e)."prevHash", e)
  UNION ALL
  -- Rows removed from the end leave the chain head pointing past the last row.
  SELECT h.seq, 'chain head does not match the last row' FROM audit_chain_head h
  WHERE h.seq <> coalesce((SELECT max(a."chainSeq") FROM "AuditEvent" a), 0)
     OR h.hash <> coalesce((SELECT a.hash FROM "AuditEvent" a ORDER BY a."chainSeq" DESC LIMIT 1), repeat('0', 64))
  ORDER BY 1
$$;

-- ---------------------------------------------------------------------------
-- Grants: the runtime role gets exactly what the policies allow, no more.
-- ---------------------------------------------------------------------------
GRANT SELECT, UPDATE ON "Organization" TO app_runtime;
GRANT SELECT ON "User", "Membership" TO app_runtime;
GRANT SELECT, INSERT, UPDATE ON "Person", "CaseFile" TO app_runtime;
GRANT SELECT, INSERT ON "StageTransition", "Note" TO app_runtime;
GRANT SELECT, INSERT, UPDATE, DELETE ON "CaseParticipant" TO app_runtime;
GRANT SELECT, INSERT ON "AuditEvent" TO app_runtime;
GRANT USAGE ON SEQUENCE "AuditEvent_id_seq" TO app_runtime;
REVOKE ALL ON audit_chain_head FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_org_directory() TO app_runtime;
