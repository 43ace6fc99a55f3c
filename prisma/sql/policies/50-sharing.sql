-- Consents, sharing bases and disclosures (ADR 0006).

ALTER TABLE "Consent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Consent" FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_read ON "Consent" FOR SELECT TO app_runtime USING (app_case_visible("caseId"));
CREATE POLICY consent_insert ON "Consent" FOR INSERT TO app_runtime
  WITH CHECK ("recordedByOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId"));
CREATE POLICY consent_update ON "Consent" FOR UPDATE TO app_runtime
  USING ("recordedByOrgId" = (SELECT app_current_org()) OR app_case_responsible("caseId"))
  WITH CHECK ("recordedByOrgId" = (SELECT app_current_org()) OR app_case_responsible("caseId"));
GRANT SELECT, INSERT ON "Consent" TO app_runtime;
-- A consent is only ever withdrawn.
GRANT UPDATE ("withdrawnAt", "withdrawnByName", "withdrawalReason") ON "Consent" TO app_runtime;

ALTER TABLE "SharingBasis" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SharingBasis" FORCE ROW LEVEL SECURITY;
CREATE POLICY basis_read ON "SharingBasis" FOR SELECT TO app_runtime
  USING ("recipientOrgId" = (SELECT app_current_org()) OR app_case_visible("caseId"));
-- Who may grant (ADR 0025): a consent's bases by the organisation that
-- recorded it (any on the case), to organisations on the case, itself
-- included; a basis without consent never to oneself; any STAMDATA basis
-- only by the responsible organisation.
CREATE POLICY basis_insert ON "SharingBasis" FOR INSERT TO app_runtime
  WITH CHECK (
    "grantedByOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId")
    AND (CASE WHEN kind = 'CONSENT'
      THEN EXISTS (SELECT 1 FROM "Consent" c WHERE c.id = "consentId" AND c."caseId" = "SharingBasis"."caseId"
          AND c."recordedByOrgId" = (SELECT app_current_org()))
        AND EXISTS (SELECT 1 FROM "CaseFile" f WHERE f.id = "SharingBasis"."caseId" AND (f."responsibleOrgId" = "recipientOrgId"
          OR EXISTS (SELECT 1 FROM "CaseParticipant" p WHERE p."caseId" = f.id AND p."orgId" = "recipientOrgId" AND p."until" IS NULL)))
      ELSE "recipientOrgId" <> (SELECT app_current_org()) END)
    AND (category <> 'STAMDATA' OR app_case_responsible("caseId"))
  );
-- A basis is only ever revoked.
CREATE POLICY basis_update ON "SharingBasis" FOR UPDATE TO app_runtime
  USING ("grantedByOrgId" = (SELECT app_current_org()) OR app_case_responsible("caseId"))
  WITH CHECK ("revokedAt" IS NOT NULL);
GRANT SELECT, INSERT ON "SharingBasis" TO app_runtime;
GRANT UPDATE ("revokedAt") ON "SharingBasis" TO app_runtime;

ALTER TABLE "Disclosure" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Disclosure" FORCE ROW LEVEL SECURITY;
CREATE POLICY disclosure_read ON "Disclosure" FOR SELECT TO app_runtime
  USING ("fromOrgId" = (SELECT app_current_org()) OR app_case_responsible("caseId"));
-- Log rows only about cases the writer can see: no forged entries in another
-- organisation's disclosure list.
CREATE POLICY disclosure_insert ON "Disclosure" FOR INSERT TO app_runtime
  WITH CHECK ("toOrgId" = (SELECT app_current_org()) AND "toUserId" = (SELECT app_current_user())
    AND "fromOrgId" <> (SELECT app_current_org()) AND app_case_visible("caseId"));
GRANT SELECT, INSERT ON "Disclosure" TO app_runtime;
