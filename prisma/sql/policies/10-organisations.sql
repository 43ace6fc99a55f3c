-- Organisations, users and memberships (ADR 0002).

-- Organisations that share a case visible to the current organisation: the
-- other side of a case it is responsible for or participates in. Written as
-- joins from the current organisation's own cases (index-bound), not as a
-- scan of every case.
CREATE FUNCTION app_org_visible(p_org uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT p_org = app_current_org()
    -- responsible for a case the current organisation participates in
    OR EXISTS (
      SELECT 1 FROM "CaseParticipant" mine JOIN "CaseFile" c ON c.id = mine."caseId"
      WHERE mine."orgId" = app_current_org() AND mine."until" IS NULL AND c."responsibleOrgId" = p_org
    )
    -- on a case the current organisation is responsible for
    OR EXISTS (
      SELECT 1 FROM "CaseParticipant" theirs JOIN "CaseFile" c ON c.id = theirs."caseId"
      WHERE theirs."orgId" = p_org AND c."responsibleOrgId" = app_current_org()
    )
    -- on a case both participate in
    OR EXISTS (
      SELECT 1 FROM "CaseParticipant" theirs JOIN "CaseParticipant" mine ON mine."caseId" = theirs."caseId"
      WHERE theirs."orgId" = p_org AND mine."orgId" = app_current_org() AND mine."until" IS NULL
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

-- Whether an organisation receives underretninger (Barnets Lov paragraphs
-- 136-137 place them with the kommune's familieafdeling).
CREATE FUNCTION app_is_receiving_org(p_org uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM "Organization" o WHERE o.id = p_org AND o.type = 'KOMMUNE_FAMILIE') $$;

ALTER TABLE "Organization" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Organization" FORCE ROW LEVEL SECURITY;
-- The app never changes an organisation's name or type (its type decides who
-- receives reports); its settings change only through app_update_org_settings.
CREATE POLICY org_read ON "Organization" FOR SELECT TO app_runtime
  USING (id = (SELECT app_current_org()) OR app_org_visible(id));
GRANT SELECT ON "Organization" TO app_runtime;

ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "User" FORCE ROW LEVEL SECURITY;
CREATE POLICY user_read ON "User" FOR SELECT TO app_runtime USING (app_user_visible(id));
-- Colleagues' names, never their password hashes, lockout or session state.
GRANT SELECT ("id", "name", "email", "createdAt") ON "User" TO app_runtime;

ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY membership_read ON "Membership" FOR SELECT TO app_runtime
  USING ("orgId" = (SELECT app_current_org()) OR "userId" = (SELECT app_current_user()));
GRANT SELECT ON "Membership" TO app_runtime;

GRANT EXECUTE ON FUNCTION app_org_directory() TO app_runtime;

-- An organisation's own settings (the samarbejdsaftale, ADR 0022): the only
-- change the app makes to an organisation. A SECURITY DEFINER function, not an
-- UPDATE grant, so the runtime role can change one allowed key of the current
-- organisation's settings and nothing else: not another organisation's, not
-- a name or a type. Only a user who is ADMIN in the current organisation may
-- (the role is not in the request context, so Membership decides); the app
-- checks the same first (permission org:settings) and validates the value.
-- Returns the key's previous value, read under the row lock, for the audit row.
CREATE FUNCTION app_update_org_settings(p_key text, p_value jsonb) RETURNS jsonb
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_org uuid := app_current_org();
  v_settings jsonb;
BEGIN
  IF v_org IS NULL OR app_current_user() IS NULL
     OR p_key IS NULL OR p_key NOT IN ('meetings', 'calendar', 'prevalence')
     OR p_value IS NULL OR jsonb_typeof(p_value) <> 'object'
     OR NOT EXISTS (
       SELECT 1 FROM "Membership" m WHERE m."userId" = app_current_user() AND m."orgId" = v_org AND m.role = 'ADMIN'
     ) THEN
    RAISE EXCEPTION 'organisation settings update refused' USING ERRCODE = '42501';
  END IF;
  SELECT settings INTO v_settings FROM "Organization" WHERE id = v_org FOR UPDATE;
  IF jsonb_typeof(v_settings) IS DISTINCT FROM 'object' THEN v_settings := '{}'::jsonb; END IF;
  UPDATE "Organization" SET settings = jsonb_set(v_settings, ARRAY[p_key], p_value) WHERE id = v_org;
  RETURN v_settings -> p_key;
END
$$;
REVOKE ALL ON FUNCTION app_update_org_settings(text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_update_org_settings(text, jsonb) TO app_runtime;
