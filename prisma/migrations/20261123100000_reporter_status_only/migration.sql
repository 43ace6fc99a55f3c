-- The reporting organisation sees its report's STATUS, never the report row
-- (which the receiving familieafdeling controls and may have added to). The
-- row policy keeps to the receiving side, and the status comes through a
-- function that returns status columns only. No semicolons in comments or
-- bodies: see ADR 0002.

DROP POLICY report_read ON "ConcernReport";
CREATE POLICY report_read ON "ConcernReport" FOR SELECT TO app_runtime
  USING (app_can_read_record("caseId", "receivingOrgId", 'UNDERRETNING'));

CREATE FUNCTION app_reported_status()
  RETURNS TABLE (id uuid, "receivedAt" timestamptz, "receiptSentAt" timestamptz, "feedbackAt" timestamptz, "feedbackActionStarted" boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT r.id, r."receivedAt", r."receiptSentAt", r."feedbackAt", r."feedbackActionStarted"
  FROM "ConcernReport" r
  WHERE r."reporterOrgId" = app_current_org() AND r."receivingOrgId" <> app_current_org()
  ORDER BY r."receivedAt" DESC
  LIMIT 200
$$;

REVOKE ALL ON FUNCTION app_reported_status() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_reported_status() TO app_runtime;
