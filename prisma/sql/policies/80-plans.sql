-- Handleplaner (issue 11, ADR 0027).
--
-- A plan and its versions, goals and contacts are PLAN records of the owning
-- organisation; an intervention is a record of its RESPONSIBLE organisation in
-- its track's category (HELBRED / SOCIALE_FORHOLD / RUSMIDDEL); progress is a
-- record of the organisation that recorded it. Others read them under THE
-- record rule (app_has_live_basis, 40-records.sql), and only once approved:
-- a draft is the owner's work in progress. The responsible organisation
-- always reads its own interventions and the goals they serve ("Min del af
-- planen"). lib/access/case-scope.ts (plans(), planVersions(), ...) states
-- the same for app queries. Re-runnable: every object is dropped first.

-- The organisation is responsible for or takes part in the case now.
CREATE OR REPLACE FUNCTION app_org_on_case(p_case uuid, p_org uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  -- Only about a case the caller sees itself: no lookup of who is on other cases.
  SELECT app_case_visible(p_case) AND (
    EXISTS (SELECT 1 FROM "CaseFile" c WHERE c.id = p_case AND c."responsibleOrgId" = p_org)
    OR EXISTS (SELECT 1 FROM "CaseParticipant" p WHERE p."caseId" = p_case AND p."orgId" = p_org AND p."until" IS NULL))
$$;
REVOKE ALL ON FUNCTION app_org_on_case(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_org_on_case(uuid, uuid) TO app_runtime;

ALTER TABLE "Plan" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Plan" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS plan_read ON "Plan";
CREATE POLICY plan_read ON "Plan" FOR SELECT TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org()) OR app_has_live_basis("caseId", category, "ownerOrgId")
    OR (app_case_visible("caseId") AND EXISTS (
      SELECT 1 FROM "PlanIntervention" i WHERE i."planId" = "Plan".id AND i."responsibleOrgId" = (SELECT app_current_org()))));
DROP POLICY IF EXISTS plan_insert ON "Plan";
CREATE POLICY plan_insert ON "Plan" FOR INSERT TO app_runtime
  WITH CHECK ("ownerOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId"));
GRANT SELECT, INSERT ON "Plan" TO app_runtime;

ALTER TABLE "PlanVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanVersion" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS plan_version_read ON "PlanVersion";
CREATE POLICY plan_version_read ON "PlanVersion" FOR SELECT TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org())
    OR (status = 'GODKENDT' AND app_has_live_basis("caseId", category, "ownerOrgId")));
DROP POLICY IF EXISTS plan_version_insert ON "PlanVersion";
CREATE POLICY plan_version_insert ON "PlanVersion" FOR INSERT TO app_runtime
  WITH CHECK ("ownerOrgId" = (SELECT app_current_org()) AND "createdByUserId" = (SELECT app_current_user())
    AND app_case_visible("caseId")
    AND EXISTS (SELECT 1 FROM "Plan" p WHERE p.id = "planId" AND p."ownerOrgId" = (SELECT app_current_org()) AND p."caseId" = "PlanVersion"."caseId"));
DROP POLICY IF EXISTS plan_version_update ON "PlanVersion";
CREATE POLICY plan_version_update ON "PlanVersion" FOR UPDATE TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId"))
  WITH CHECK ("ownerOrgId" = (SELECT app_current_org()));
GRANT SELECT, INSERT ON "PlanVersion" TO app_runtime;
GRANT UPDATE ("status", "lockVersion", "purpose", "focusPoints", "afterBirthStay", "afterBirthFeeding", "afterBirthDischarge",
  "updatedByName", "updatedAt", "submittedAt", "submittedByUserId", "approvedAt", "approvedByName", "approvalComment",
  "returnedAt", "returnReason") ON "PlanVersion" TO app_runtime;

-- Integrity Prisma cannot state; dropped first so this file can be re-run.
-- A revision (every version after the first) says why.
ALTER TABLE "PlanVersion" DROP CONSTRAINT IF EXISTS plan_version_revision_reason;
ALTER TABLE "PlanVersion" ADD CONSTRAINT plan_version_revision_reason CHECK (number = 1 OR "revisionReason" IS NOT NULL);
ALTER TABLE "PlanIntervention" DROP CONSTRAINT IF EXISTS plan_intervention_follow_up_after_start;
ALTER TABLE "PlanIntervention" ADD CONSTRAINT plan_intervention_follow_up_after_start CHECK ("followUpDate" >= "startDate");

-- An approved version is immutable, whoever tries (also the owner role); a
-- leader cannot approve the draft she sent herself (also in the database).
CREATE OR REPLACE FUNCTION app_plan_version_guard() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public, pg_temp AS
$$
BEGIN
  IF OLD.status = 'GODKENDT' THEN
    RAISE EXCEPTION 'an approved plan version cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.status = 'GODKENDT' AND NEW."submittedByUserId" = app_current_user() THEN
    RAISE EXCEPTION 'a leader cannot approve her own draft' USING ERRCODE = 'P0001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
DROP TRIGGER IF EXISTS plan_version_guard ON "PlanVersion";
CREATE TRIGGER plan_version_guard BEFORE UPDATE OR DELETE ON "PlanVersion"
  FOR EACH ROW EXECUTE FUNCTION app_plan_version_guard();

-- The content of an approved version (goals, interventions, contacts) is as
-- immutable as the version. SECURITY DEFINER: it reads the version's status
-- whoever writes the row.
CREATE OR REPLACE FUNCTION app_plan_content_guard() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  IF EXISTS (SELECT 1 FROM "PlanVersion" v
             WHERE v.id = (CASE WHEN TG_OP = 'DELETE' THEN OLD."versionId" ELSE NEW."versionId" END) AND v.status = 'GODKENDT') THEN
    RAISE EXCEPTION 'an approved plan version cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
REVOKE ALL ON FUNCTION app_plan_content_guard() FROM PUBLIC;
DROP TRIGGER IF EXISTS plan_goal_guard ON "PlanGoal";
CREATE TRIGGER plan_goal_guard BEFORE INSERT OR UPDATE OR DELETE ON "PlanGoal"
  FOR EACH ROW EXECUTE FUNCTION app_plan_content_guard();
DROP TRIGGER IF EXISTS plan_intervention_guard ON "PlanIntervention";
CREATE TRIGGER plan_intervention_guard BEFORE INSERT OR UPDATE OR DELETE ON "PlanIntervention"
  FOR EACH ROW EXECUTE FUNCTION app_plan_content_guard();
DROP TRIGGER IF EXISTS plan_contact_guard ON "PlanContact";
CREATE TRIGGER plan_contact_guard BEFORE INSERT OR UPDATE OR DELETE ON "PlanContact"
  FOR EACH ROW EXECUTE FUNCTION app_plan_content_guard();

ALTER TABLE "PlanGoal" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanGoal" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS plan_goal_read ON "PlanGoal";
CREATE POLICY plan_goal_read ON "PlanGoal" FOR SELECT TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org())
    OR (approved AND (app_has_live_basis("caseId", category, "ownerOrgId") OR EXISTS (
      SELECT 1 FROM "PlanIntervention" i
      WHERE i."versionId" = "PlanGoal"."versionId" AND i."responsibleOrgId" = (SELECT app_current_org())
        AND "PlanGoal".key = ANY (i."goalKeys")))));
DROP POLICY IF EXISTS plan_goal_write ON "PlanGoal";
CREATE POLICY plan_goal_write ON "PlanGoal" FOR ALL TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org()))
  WITH CHECK ("ownerOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId"));
GRANT SELECT, INSERT, UPDATE, DELETE ON "PlanGoal" TO app_runtime;

ALTER TABLE "PlanContact" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanContact" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS plan_contact_read ON "PlanContact";
CREATE POLICY plan_contact_read ON "PlanContact" FOR SELECT TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org()) OR (approved AND app_has_live_basis("caseId", category, "ownerOrgId")));
DROP POLICY IF EXISTS plan_contact_write ON "PlanContact";
CREATE POLICY plan_contact_write ON "PlanContact" FOR ALL TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org()))
  WITH CHECK ("ownerOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId"));
GRANT SELECT, INSERT, UPDATE, DELETE ON "PlanContact" TO app_runtime;

ALTER TABLE "PlanIntervention" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanIntervention" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS plan_intervention_read ON "PlanIntervention";
CREATE POLICY plan_intervention_read ON "PlanIntervention" FOR SELECT TO app_runtime
  USING ("authorOrgId" = (SELECT app_current_org())
    OR ("responsibleOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId"))
    OR (approved AND app_has_live_basis("caseId", category, "responsibleOrgId")));
-- Written by its author (the plan's owner drafting it), for an organisation on the case.
DROP POLICY IF EXISTS plan_intervention_write ON "PlanIntervention";
CREATE POLICY plan_intervention_write ON "PlanIntervention" FOR ALL TO app_runtime
  USING ("authorOrgId" = (SELECT app_current_org()))
  WITH CHECK ("authorOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId")
    AND app_org_on_case("caseId", "responsibleOrgId"));
GRANT SELECT, INSERT, UPDATE, DELETE ON "PlanIntervention" TO app_runtime;

ALTER TABLE "PlanInterventionProgress" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanInterventionProgress" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS plan_progress_read ON "PlanInterventionProgress";
CREATE POLICY plan_progress_read ON "PlanInterventionProgress" FOR SELECT TO app_runtime
  USING ("authorOrgId" = (SELECT app_current_org()) OR app_has_live_basis("caseId", category, "authorOrgId"));
-- Only the organisation responsible for an approved intervention records its progress.
DROP POLICY IF EXISTS plan_progress_insert ON "PlanInterventionProgress";
CREATE POLICY plan_progress_insert ON "PlanInterventionProgress" FOR INSERT TO app_runtime
  WITH CHECK ("authorOrgId" = (SELECT app_current_org()) AND "byUserId" = (SELECT app_current_user())
    AND app_case_visible("caseId") AND EXISTS (
      SELECT 1 FROM "PlanIntervention" i
      WHERE i."planId" = "PlanInterventionProgress"."planId" AND i.key = "PlanInterventionProgress"."interventionKey"
        AND i."responsibleOrgId" = (SELECT app_current_org()) AND i.approved));
GRANT SELECT, INSERT ON "PlanInterventionProgress" TO app_runtime;

-- The national catalogue (kommuneOrgId NULL) is public information (names of
-- services and their legal basis): every organisation reads it. A kommune's
-- own entries are its own: its administrator adds and retires them, and its
-- plans pick from them (an intervention keeps the entry's name, so no other
-- organisation needs to read the entry). No entry is ever deleted (a
-- trigger, also for the owner).
CREATE OR REPLACE FUNCTION app_is_acting_admin() RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT EXISTS (SELECT 1 FROM "Membership" m
                 WHERE m."userId" = app_current_user() AND m."orgId" = app_current_org() AND m.role = 'ADMIN')
$$;
REVOKE ALL ON FUNCTION app_is_acting_admin() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_is_acting_admin() TO app_runtime;

ALTER TABLE "InterventionCatalogueEntry" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "InterventionCatalogueEntry" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS catalogue_read ON "InterventionCatalogueEntry";
CREATE POLICY catalogue_read ON "InterventionCatalogueEntry" FOR SELECT TO app_runtime
  USING (("kommuneOrgId" IS NULL AND (SELECT app_current_org()) IS NOT NULL) OR "kommuneOrgId" = (SELECT app_current_org()));
DROP POLICY IF EXISTS catalogue_write ON "InterventionCatalogueEntry";
CREATE POLICY catalogue_write ON "InterventionCatalogueEntry" FOR ALL TO app_runtime
  USING ("kommuneOrgId" = (SELECT app_current_org()) AND app_is_acting_admin())
  WITH CHECK ("kommuneOrgId" = (SELECT app_current_org()) AND app_is_acting_admin());
GRANT SELECT, INSERT ON "InterventionCatalogueEntry" TO app_runtime;
GRANT UPDATE ("retiredAt") ON "InterventionCatalogueEntry" TO app_runtime;

CREATE OR REPLACE FUNCTION app_catalogue_never_deleted() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public, pg_temp AS
$$
BEGIN
  RAISE EXCEPTION 'a catalogue entry is never deleted, only retired' USING ERRCODE = 'P0001';
END
$$;
DROP TRIGGER IF EXISTS catalogue_never_deleted ON "InterventionCatalogueEntry";
CREATE TRIGGER catalogue_never_deleted BEFORE DELETE ON "InterventionCatalogueEntry"
  FOR EACH ROW EXECUTE FUNCTION app_catalogue_never_deleted();

-- An approved version's interventions each become a follow-up task of their
-- responsible organisation (named person if any), due on the follow-up date.
-- SECURITY DEFINER because a task is its owner organisation's record
-- (task_write), which the plan's owner may not write; it writes nothing but
-- one task per intervention of an APPROVED version the caller owns, for
-- organisations on the case, once.
CREATE OR REPLACE FUNCTION app_plan_create_tasks(p_version uuid) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  created integer;
BEGIN
  INSERT INTO "Task" (id, "caseId", "orgId", "ownerUserId", title, "dueAt", "sourceKind", "sourceId", category)
  SELECT gen_random_uuid(), i."caseId", i."responsibleOrgId", i."responsibleUserId", 'Opfølgning på indsats: ' || i.title,
    (i."followUpDate"::timestamp + interval '23 hours 59 minutes') AT TIME ZONE 'Europe/Copenhagen',
    'PLAN_INTERVENTION', i.id, i.category
  FROM "PlanIntervention" i JOIN "PlanVersion" v ON v.id = i."versionId"
  WHERE v.id = p_version AND v.status = 'GODKENDT' AND v."ownerOrgId" = app_current_org()
    AND app_org_on_case(i."caseId", i."responsibleOrgId")
    AND NOT EXISTS (SELECT 1 FROM "Task" t WHERE t."sourceKind" = 'PLAN_INTERVENTION' AND t."sourceId" = i.id);
  GET DIAGNOSTICS created = ROW_COUNT;
  RETURN created;
END
$$;
REVOKE ALL ON FUNCTION app_plan_create_tasks(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_plan_create_tasks(uuid) TO app_runtime;
