-- Consent-scoped record access (ADR 0006). A case record is readable by its
-- author organisation, and by another organisation only while that
-- organisation participates in the case AND a live sharing basis (consent not
-- withdrawn and not expired, or a statutory or meeting basis within its
-- period) covers it and the record's category. The responsible organisation
-- is a participant like any other here: it reads its own records as author,
-- and other organisations' records only under a basis.
-- lib/access/policy.ts states the same rule for app queries (noteWhere).
-- The function reads SharingBasis through its (caseId, recipientOrgId, category)
-- index. No semicolons in comments: see ADR 0002.

CREATE OR REPLACE FUNCTION app_has_live_basis(p_case uuid, p_category "InfoCategory") RETURNS boolean
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
  )
$$;

CREATE OR REPLACE FUNCTION app_can_read_record(p_case uuid, p_author_org uuid, p_category "InfoCategory") RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT p_author_org = app_current_org() OR app_has_live_basis(p_case, p_category) $$;
