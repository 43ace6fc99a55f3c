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
-- The app never changes an organisation: its type decides who receives reports.
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
