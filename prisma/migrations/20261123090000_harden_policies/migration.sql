-- Hardening after a security review (ADR 0002, 0006). No semicolons in comments
-- or function bodies: see ADR 0002.

-- 1. A statutory or meeting basis opens only the GRANTING organisation's
-- records (the data holder decides, SUL 43 stk. 3). Only the citizen's consent
-- opens a category whoever wrote the record.
CREATE FUNCTION app_has_live_basis(p_case uuid, p_category "InfoCategory", p_author uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT app_case_visible(p_case) AND EXISTS (
    SELECT 1 FROM "SharingBasis" b
    WHERE b."caseId" = p_case
      AND b."recipientOrgId" = app_current_org()
      AND b.category = p_category
      AND b."revokedAt" IS NULL
      AND b."validFrom" <= now()
      AND (b."validTo" IS NULL OR b."validTo" > now())
      AND (b.kind = 'CONSENT' OR b."grantedByOrgId" = p_author)
  )
$$;

CREATE OR REPLACE FUNCTION app_can_read_record(p_case uuid, p_author_org uuid, p_category "InfoCategory") RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT p_author_org = app_current_org() OR app_has_live_basis(p_case, p_category, p_author_org) $$;

-- Stamdata is authored by the responsible organisation. The branch through an
-- unborn child's case is gone: the mother is seen through her own case only.
CREATE OR REPLACE FUNCTION app_person_visible(p_person uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT EXISTS (SELECT 1 FROM "Person" p WHERE p.id = p_person AND p."ownerOrgId" = app_current_org())
      OR EXISTS (
        SELECT 1 FROM "CaseFile" c
        WHERE c."subjectId" = p_person
          AND (c."responsibleOrgId" = app_current_org() OR app_has_live_basis(c.id, 'STAMDATA', c."responsibleOrgId"))
      )
$$;

DROP FUNCTION app_has_live_basis(uuid, "InfoCategory");

-- 2. Who may grant: consents and any STAMDATA basis only by the responsible
-- organisation, and never to oneself.
DROP POLICY basis_insert ON "SharingBasis";
CREATE POLICY basis_insert ON "SharingBasis" FOR INSERT TO app_runtime
  WITH CHECK (
    "grantedByOrgId" = app_current_org() AND "recipientOrgId" <> app_current_org() AND app_case_visible("caseId")
    AND (kind <> 'CONSENT' OR app_case_responsible("caseId"))
    AND (category <> 'STAMDATA' OR app_case_responsible("caseId"))
  );

-- 3. Updates touch only the columns the app changes: a basis is only ever
-- revoked, a consent only withdrawn, a report only triaged.
DROP POLICY basis_update ON "SharingBasis";
CREATE POLICY basis_update ON "SharingBasis" FOR UPDATE TO app_runtime
  USING ("grantedByOrgId" = app_current_org() OR app_case_responsible("caseId"))
  WITH CHECK ("revokedAt" IS NOT NULL);
REVOKE UPDATE ON "SharingBasis" FROM app_runtime;
GRANT UPDATE ("revokedAt") ON "SharingBasis" TO app_runtime;

REVOKE UPDATE ON "Consent" FROM app_runtime;
GRANT UPDATE ("withdrawnAt", "withdrawnByName", "withdrawalReason") ON "Consent" TO app_runtime;

REVOKE UPDATE ON "ConcernReport" FROM app_runtime;
GRANT UPDATE ("assessedAt", "assessedByName", "acute", "assessmentReasons", "receiptSentAt", "receiptSentByName",
  "outcome", "outcomeAt", "feedbackAt", "feedbackActionStarted") ON "ConcernReport" TO app_runtime;

REVOKE UPDATE ON "CaseFile" FROM app_runtime;
GRANT UPDATE ("stage", "closedAt", "termin", "coordinatorOrgId", "coordinatorUserId", "updatedAt") ON "CaseFile" TO app_runtime;

REVOKE UPDATE ON "Person" FROM app_runtime;
GRANT UPDATE ("firstName", "lastName", "birthDate", "isUnborn", "cprCiphertext", "cprBlindIndex", "termin") ON "Person" TO app_runtime;

-- 4. The app never changes an organisation: its type decides who receives reports.
DROP POLICY org_update_own ON "Organization";
REVOKE UPDATE ON "Organization" FROM app_runtime;

-- 5. Log rows only about cases the writer can see: no forged entries in
-- another organisation's "Hvem har set sagen" or disclosure list.
DROP POLICY disclosure_insert ON "Disclosure";
CREATE POLICY disclosure_insert ON "Disclosure" FOR INSERT TO app_runtime
  WITH CHECK ("toOrgId" = app_current_org() AND "toUserId" = app_current_user()
    AND "fromOrgId" <> app_current_org() AND app_case_visible("caseId"));
DROP POLICY audit_insert ON "AuditEvent";
CREATE POLICY audit_insert ON "AuditEvent" FOR INSERT TO app_runtime
  WITH CHECK ("orgId" = app_current_org() AND "userId" = app_current_user()
    AND ("caseId" IS NULL OR app_case_visible("caseId")));

-- 6. Colleagues' names, never their password hashes or lockout state.
REVOKE SELECT ON "User" FROM app_runtime;
GRANT SELECT ("id", "name", "email", "createdAt") ON "User" TO app_runtime;

-- 7. An idempotency key is unique per receiving organisation: another
-- organisation cannot block a registration by reusing a key it has seen.
DROP INDEX "ConcernReport_idempotencyKey_key";
CREATE UNIQUE INDEX "ConcernReport_receivingOrgId_idempotencyKey_key" ON "ConcernReport"("receivingOrgId", "idempotencyKey");
