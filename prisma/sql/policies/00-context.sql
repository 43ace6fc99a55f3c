-- The request context and case visibility (ADR 0002, 0010).
--
-- Every request runs in one transaction as app_runtime with the
-- transaction-local settings app.org_id and app.user_id. A missing setting
-- yields NULL, and NULL matches no row: no context, no data.
--
-- Policies call app_current_org() as a sub-select, (SELECT app_current_org()),
-- so the planner evaluates it once per statement (an InitPlan) and can use it
-- as an index key, instead of once per row. Where a policy must look at
-- another table for every row (the case list, a name search) it does so with
-- a plain correlated EXISTS on an index, under that table's own policy,
-- never with a SECURITY DEFINER call per row (ADR 0010).

CREATE FUNCTION app_current_org() RETURNS uuid
  LANGUAGE sql STABLE AS
$$ SELECT NULLIF(current_setting('app.org_id', true), '')::uuid $$;

CREATE FUNCTION app_current_user() RETURNS uuid
  LANGUAGE sql STABLE AS
$$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;

-- SECURITY DEFINER: a policy on one table reads another without recursing
-- into that table's own policies. search_path is pinned against hijacking.

-- One case: visible to its responsible organisation and to every organisation
-- currently participating in it. For policies on a case's own records, which
-- are read a case at a time (two index probes per call), and only after a
-- cheaper column test has failed.
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

CREATE FUNCTION app_case_responsible(p_case uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM "CaseFile" c WHERE c.id = p_case AND c."responsibleOrgId" = app_current_org()) $$;
