-- A case's records: notes, deadlines, tasks, underretninger (ADR 0006).
--
-- THE record rule, one place: a record is readable by its author organisation,
-- and by another organisation only while it participates in the case AND a
-- live sharing basis covers the record's category. A statutory or meeting
-- basis opens only the GRANTING organisation's records (the data holder
-- decides, SUL 43 stk. 3), the citizen's consent opens a category whoever
-- wrote it. lib/access/case-scope.ts states the same rule for app queries.
-- Policies test the author first, (SELECT app_current_org()) once per
-- statement, so the function runs only for other organisations' records.

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

ALTER TABLE "Note" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Note" FORCE ROW LEVEL SECURITY;
CREATE POLICY note_read ON "Note" FOR SELECT TO app_runtime
  USING ("authorOrgId" = (SELECT app_current_org()) OR app_has_live_basis("caseId", category, "authorOrgId"));
CREATE POLICY note_insert ON "Note" FOR INSERT TO app_runtime
  WITH CHECK ("authorOrgId" = (SELECT app_current_org()) AND "authorUserId" = (SELECT app_current_user())
    AND app_case_visible("caseId"));
GRANT SELECT, INSERT ON "Note" TO app_runtime;

-- A correction or annulment is read with its note (the Note policy decides,
-- inside the EXISTS) and written only by the note's author organisation.
ALTER TABLE "NoteAmendment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "NoteAmendment" FORCE ROW LEVEL SECURITY;
CREATE POLICY note_amendment_read ON "NoteAmendment" FOR SELECT TO app_runtime
  USING (EXISTS (SELECT 1 FROM "Note" n WHERE n.id = "noteId"));
CREATE POLICY note_amendment_insert ON "NoteAmendment" FOR INSERT TO app_runtime
  WITH CHECK ("byOrgId" = (SELECT app_current_org()) AND "byUserId" = (SELECT app_current_user())
    AND EXISTS (SELECT 1 FROM "Note" n WHERE n.id = "noteId" AND n."authorOrgId" = (SELECT app_current_org())));
GRANT SELECT, INSERT ON "NoteAmendment" TO app_runtime;

ALTER TABLE "Deadline" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Deadline" FORCE ROW LEVEL SECURITY;
CREATE POLICY deadline_read ON "Deadline" FOR SELECT TO app_runtime
  USING ("orgId" = (SELECT app_current_org()) OR app_has_live_basis("caseId", category, "orgId"));
CREATE POLICY deadline_write ON "Deadline" FOR ALL TO app_runtime
  USING ("orgId" = (SELECT app_current_org()))
  WITH CHECK ("orgId" = (SELECT app_current_org()) AND app_case_visible("caseId"));
GRANT SELECT, INSERT, UPDATE ON "Deadline" TO app_runtime;

ALTER TABLE "Task" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Task" FORCE ROW LEVEL SECURITY;
CREATE POLICY task_read ON "Task" FOR SELECT TO app_runtime
  USING ("orgId" = (SELECT app_current_org())
    OR ("caseId" IS NOT NULL AND app_has_live_basis("caseId", category, "orgId")));
CREATE POLICY task_write ON "Task" FOR ALL TO app_runtime
  USING ("orgId" = (SELECT app_current_org()))
  WITH CHECK ("orgId" = (SELECT app_current_org()) AND ("caseId" IS NULL OR app_case_visible("caseId")));
GRANT SELECT, INSERT, UPDATE ON "Task" TO app_runtime;

-- Completing the source completes its task, whoever completes it (ADR 0016):
-- a consent withdrawn by the responsible organisation closes the reminder of
-- the organisation that recorded it, which row-level security would not let
-- the withdrawing request update itself. SECURITY DEFINER for that reason
-- only: it touches nothing but the open tasks linked to the row that changed.
CREATE FUNCTION app_task_close_with_source() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  UPDATE "Task" SET status = 'DONE', "completedAt" = now()
  WHERE "sourceKind" = TG_ARGV[0]::"TaskSourceKind" AND "sourceId" = NEW.id AND status = 'OPEN';
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app_task_close_with_source() FROM PUBLIC;

CREATE TRIGGER consent_withdrawn_closes_tasks AFTER UPDATE OF "withdrawnAt" ON "Consent"
  FOR EACH ROW WHEN (OLD."withdrawnAt" IS NULL AND NEW."withdrawnAt" IS NOT NULL)
  EXECUTE FUNCTION app_task_close_with_source('CONSENT');

CREATE TRIGGER deadline_done_closes_tasks AFTER UPDATE OF status ON "Deadline"
  FOR EACH ROW WHEN (OLD.status = 'OPEN' AND NEW.status <> 'OPEN')
  EXECUTE FUNCTION app_task_close_with_source('DEADLINE');

ALTER TABLE "ConcernReport" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ConcernReport" FORCE ROW LEVEL SECURITY;
-- The receiving familieafdeling controls the report. The reporting
-- organisation sees its status only, through app_reported_status().
CREATE POLICY report_read ON "ConcernReport" FOR SELECT TO app_runtime
  USING ("receivingOrgId" = (SELECT app_current_org())
    OR app_has_live_basis("caseId", 'UNDERRETNING', "receivingOrgId"));
CREATE POLICY report_insert ON "ConcernReport" FOR INSERT TO app_runtime
  WITH CHECK ("receivingOrgId" = (SELECT app_current_org()) AND app_case_responsible("caseId"));
CREATE POLICY report_update ON "ConcernReport" FOR UPDATE TO app_runtime
  USING ("receivingOrgId" = (SELECT app_current_org())) WITH CHECK ("receivingOrgId" = (SELECT app_current_org()));
GRANT SELECT, INSERT ON "ConcernReport" TO app_runtime;
-- A report is only triaged: what was reported stays as it was received.
GRANT UPDATE ("assessedAt", "assessedByName", "acute", "assessmentReasons", "receiptSentAt", "receiptSentByName",
  "outcome", "outcomeAt", "feedbackAt", "feedbackActionStarted", "assigneeUserId", "receiptChannel") ON "ConcernReport" TO app_runtime;

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

ALTER TABLE "ConcernReportSubmission" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ConcernReportSubmission" FORCE ROW LEVEL SECURITY;
-- The sending and the receiving organisation, nobody else.
CREATE POLICY submission_read ON "ConcernReportSubmission" FOR SELECT TO app_runtime
  USING ("fromOrgId" = (SELECT app_current_org()) OR "toOrgId" = (SELECT app_current_org()));
CREATE POLICY submission_insert ON "ConcernReportSubmission" FOR INSERT TO app_runtime
  WITH CHECK ("fromOrgId" = (SELECT app_current_org()) AND "fromUserId" = (SELECT app_current_user())
    AND "toOrgId" <> (SELECT app_current_org()) AND app_is_receiving_org("toOrgId"));
-- Only the receiving organisation registers a submission.
CREATE POLICY submission_update ON "ConcernReportSubmission" FOR UPDATE TO app_runtime
  USING ("toOrgId" = (SELECT app_current_org())) WITH CHECK ("toOrgId" = (SELECT app_current_org()));
GRANT SELECT, INSERT ON "ConcernReportSubmission" TO app_runtime;
-- Registration touches these two columns only: what the sender wrote stays hers.
GRANT UPDATE ("registeredAt", "registeredReportId") ON "ConcernReportSubmission" TO app_runtime;
