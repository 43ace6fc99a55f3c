-- The case file and what belongs to the case itself (ADR 0002, 0010).

ALTER TABLE "CaseFile" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CaseFile" FORCE ROW LEVEL SECURITY;
-- The list's hot path: the first test is an index key, the second one probe
-- of the (caseId, orgId) index, under participant_read, whose first test is
-- true for the organisation's own participation (no function call).
CREATE POLICY case_read ON "CaseFile" FOR SELECT TO app_runtime
  USING ("responsibleOrgId" = (SELECT app_current_org()) OR EXISTS (
    SELECT 1 FROM "CaseParticipant" p
    WHERE p."caseId" = "CaseFile".id AND p."orgId" = (SELECT app_current_org()) AND p."until" IS NULL));
CREATE POLICY case_insert ON "CaseFile" FOR INSERT TO app_runtime
  WITH CHECK ("responsibleOrgId" = (SELECT app_current_org()));
CREATE POLICY case_update ON "CaseFile" FOR UPDATE TO app_runtime
  USING ("responsibleOrgId" = (SELECT app_current_org())) WITH CHECK ("responsibleOrgId" = (SELECT app_current_org()));
GRANT SELECT, INSERT ON "CaseFile" TO app_runtime;
-- A new case draws its sagsnummer.
GRANT USAGE ON SEQUENCE "CaseFile_caseNumber_seq" TO app_runtime;
GRANT UPDATE ("stage", "closedAt", "termin", "coordinatorOrgId", "coordinatorUserId", "caseworkerUserId", "updatedAt") ON "CaseFile" TO app_runtime;

ALTER TABLE "StageTransition" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "StageTransition" FORCE ROW LEVEL SECURITY;
CREATE POLICY transition_read ON "StageTransition" FOR SELECT TO app_runtime USING (app_case_visible("caseId"));
CREATE POLICY transition_insert ON "StageTransition" FOR INSERT TO app_runtime
  WITH CHECK ("orgId" = (SELECT app_current_org()) AND "byUserId" = (SELECT app_current_user())
    AND app_case_responsible("caseId"));
GRANT SELECT, INSERT ON "StageTransition" TO app_runtime;

ALTER TABLE "CaseParticipant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CaseParticipant" FORCE ROW LEVEL SECURITY;
-- The organisation's own current participation, or any participant of a
-- case it sees.
CREATE POLICY participant_read ON "CaseParticipant" FOR SELECT TO app_runtime
  USING (("orgId" = (SELECT app_current_org()) AND "until" IS NULL) OR app_case_visible("caseId"));
-- Only the responsible organisation manages who is on its case. One policy
-- per command: a FOR ALL policy would add its test to every read as well.
CREATE POLICY participant_insert ON "CaseParticipant" FOR INSERT TO app_runtime
  WITH CHECK (app_case_responsible("caseId"));
CREATE POLICY participant_update ON "CaseParticipant" FOR UPDATE TO app_runtime
  USING (app_case_responsible("caseId")) WITH CHECK (app_case_responsible("caseId"));
CREATE POLICY participant_delete ON "CaseParticipant" FOR DELETE TO app_runtime
  USING (app_case_responsible("caseId"));
GRANT SELECT, INSERT, UPDATE, DELETE ON "CaseParticipant" TO app_runtime;

ALTER TABLE "CoordinatorAssignment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CoordinatorAssignment" FORCE ROW LEVEL SECURITY;
CREATE POLICY coordinator_read ON "CoordinatorAssignment" FOR SELECT TO app_runtime USING (app_case_visible("caseId"));
CREATE POLICY coordinator_insert ON "CoordinatorAssignment" FOR INSERT TO app_runtime
  WITH CHECK (app_case_responsible("caseId"));
CREATE POLICY coordinator_update ON "CoordinatorAssignment" FOR UPDATE TO app_runtime
  USING (app_case_responsible("caseId")) WITH CHECK (app_case_responsible("caseId"));
GRANT SELECT, INSERT, UPDATE ON "CoordinatorAssignment" TO app_runtime;

-- Each organisation names its own people on a case (issue 9 item 2): a
-- participant its contact person, the tovholder organisation its tovholder.
-- The rows are the responsible organisation's to write (policies above), so
-- these SECURITY DEFINER functions do exactly one thing each: set the person
-- columns of the acting organisation's own current row, to one of its own
-- members (or nobody). They return false when there is no such row or member.
CREATE FUNCTION app_member_name(p_user uuid) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT u.name FROM "User" u JOIN "Membership" m ON m."userId" = u.id
  WHERE u.id = p_user AND m."orgId" = app_current_org()
$$;

CREATE FUNCTION app_set_own_contact(p_case uuid, p_user uuid, p_phone text) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_name text := CASE WHEN p_user IS NULL THEN NULL ELSE app_member_name(p_user) END;
BEGIN
  IF p_user IS NOT NULL AND v_name IS NULL THEN RETURN false; END IF;
  UPDATE "CaseParticipant" SET "contactUserId" = p_user, "contactName" = v_name, "contactPhone" = p_phone
  WHERE "caseId" = p_case AND "orgId" = app_current_org() AND "until" IS NULL;
  RETURN FOUND;
END
$$;

CREATE FUNCTION app_set_coordinator_person(p_case uuid, p_user uuid) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_name text := CASE WHEN p_user IS NULL THEN NULL ELSE app_member_name(p_user) END;
BEGIN
  IF p_user IS NOT NULL AND v_name IS NULL THEN RETURN false; END IF;
  UPDATE "CaseFile" SET "coordinatorUserId" = p_user
  WHERE id = p_case AND "coordinatorOrgId" = app_current_org() AND "mergedIntoCaseId" IS NULL;
  IF NOT FOUND THEN RETURN false; END IF;
  UPDATE "CoordinatorAssignment" SET "userId" = p_user, "userName" = v_name
  WHERE "caseId" = p_case AND "orgId" = app_current_org() AND "toAt" IS NULL;
  RETURN true;
END
$$;
REVOKE ALL ON FUNCTION app_member_name(uuid), app_set_own_contact(uuid, uuid, text), app_set_coordinator_person(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_member_name(uuid), app_set_own_contact(uuid, uuid, text), app_set_coordinator_person(uuid, uuid) TO app_runtime;

-- The case list's participating branch walks (orgId, caseUpdatedAt, caseId):
-- each participation carries its case's updatedAt, copied on insert and kept
-- when the case changes. SECURITY DEFINER: a participant's row is the
-- responsible organisation's to write, but any change to the case moves it.
CREATE FUNCTION app_participant_copy_case_updated() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  NEW."caseUpdatedAt" := coalesce((SELECT c."updatedAt" FROM "CaseFile" c WHERE c.id = NEW."caseId"), NEW."caseUpdatedAt");
  RETURN NEW;
END
$$;
CREATE TRIGGER participant_copy_case_updated BEFORE INSERT ON "CaseParticipant"
  FOR EACH ROW EXECUTE FUNCTION app_participant_copy_case_updated();

CREATE FUNCTION app_case_updated_to_participants() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  UPDATE "CaseParticipant" SET "caseUpdatedAt" = NEW."updatedAt" WHERE "caseId" = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER case_updated_to_participants AFTER UPDATE OF "updatedAt" ON "CaseFile"
  FOR EACH ROW WHEN (NEW."updatedAt" IS DISTINCT FROM OLD."updatedAt")
  EXECUTE FUNCTION app_case_updated_to_participants();
