-- Row-level security for underretninger, deadlines, tasks and the sharing
-- tables (ADR 0002). No semicolons in comments or bodies: see ADR 0002.

CREATE FUNCTION app_case_responsible(p_case uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM "CaseFile" c WHERE c.id = p_case AND c."responsibleOrgId" = app_current_org()) $$;

ALTER TABLE "ConcernReport" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ConcernReport" FORCE ROW LEVEL SECURITY;
-- The reporting organisation sees its own report (the app shows it the status only).
CREATE POLICY report_read ON "ConcernReport" FOR SELECT TO app_runtime
  USING ("reporterOrgId" = app_current_org() OR app_can_read_record("caseId", "receivingOrgId", 'UNDERRETNING'));
CREATE POLICY report_insert ON "ConcernReport" FOR INSERT TO app_runtime
  WITH CHECK ("receivingOrgId" = app_current_org() AND app_case_responsible("caseId"));
CREATE POLICY report_update ON "ConcernReport" FOR UPDATE TO app_runtime
  USING ("receivingOrgId" = app_current_org()) WITH CHECK ("receivingOrgId" = app_current_org());

ALTER TABLE "Deadline" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Deadline" FORCE ROW LEVEL SECURITY;
CREATE POLICY deadline_read ON "Deadline" FOR SELECT TO app_runtime
  USING (app_can_read_record("caseId", "orgId", category));
CREATE POLICY deadline_write ON "Deadline" FOR ALL TO app_runtime
  USING ("orgId" = app_current_org()) WITH CHECK ("orgId" = app_current_org() AND app_case_visible("caseId"));

ALTER TABLE "Task" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Task" FORCE ROW LEVEL SECURITY;
CREATE POLICY task_read ON "Task" FOR SELECT TO app_runtime
  USING ("orgId" = app_current_org() OR ("caseId" IS NOT NULL AND app_can_read_record("caseId", "orgId", category)));
CREATE POLICY task_write ON "Task" FOR ALL TO app_runtime
  USING ("orgId" = app_current_org())
  WITH CHECK ("orgId" = app_current_org() AND ("caseId" IS NULL OR app_case_visible("caseId")));

ALTER TABLE "Consent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Consent" FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_read ON "Consent" FOR SELECT TO app_runtime USING (app_case_visible("caseId"));
CREATE POLICY consent_insert ON "Consent" FOR INSERT TO app_runtime
  WITH CHECK ("recordedByOrgId" = app_current_org() AND app_case_visible("caseId"));
CREATE POLICY consent_update ON "Consent" FOR UPDATE TO app_runtime
  USING ("recordedByOrgId" = app_current_org() OR app_case_responsible("caseId"))
  WITH CHECK ("recordedByOrgId" = app_current_org() OR app_case_responsible("caseId"));

ALTER TABLE "SharingBasis" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SharingBasis" FORCE ROW LEVEL SECURITY;
CREATE POLICY basis_read ON "SharingBasis" FOR SELECT TO app_runtime
  USING ("recipientOrgId" = app_current_org() OR app_case_visible("caseId"));
-- No organisation grants itself access.
CREATE POLICY basis_insert ON "SharingBasis" FOR INSERT TO app_runtime
  WITH CHECK ("grantedByOrgId" = app_current_org() AND "recipientOrgId" <> app_current_org() AND app_case_visible("caseId"));
CREATE POLICY basis_update ON "SharingBasis" FOR UPDATE TO app_runtime
  USING ("grantedByOrgId" = app_current_org() OR app_case_responsible("caseId"))
  WITH CHECK ("recipientOrgId" <> app_current_org());

ALTER TABLE "Disclosure" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Disclosure" FORCE ROW LEVEL SECURITY;
CREATE POLICY disclosure_read ON "Disclosure" FOR SELECT TO app_runtime
  USING ("fromOrgId" = app_current_org() OR app_case_responsible("caseId"));
CREATE POLICY disclosure_insert ON "Disclosure" FOR INSERT TO app_runtime
  WITH CHECK ("toOrgId" = app_current_org() AND "toUserId" = app_current_user());

ALTER TABLE "CoordinatorAssignment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CoordinatorAssignment" FORCE ROW LEVEL SECURITY;
CREATE POLICY coordinator_read ON "CoordinatorAssignment" FOR SELECT TO app_runtime USING (app_case_visible("caseId"));
CREATE POLICY coordinator_write ON "CoordinatorAssignment" FOR ALL TO app_runtime
  USING (app_case_responsible("caseId")) WITH CHECK (app_case_responsible("caseId"));

GRANT SELECT, INSERT, UPDATE ON "ConcernReport", "Deadline", "Task", "Consent", "SharingBasis", "CoordinatorAssignment" TO app_runtime;
GRANT SELECT, INSERT ON "Disclosure" TO app_runtime;
