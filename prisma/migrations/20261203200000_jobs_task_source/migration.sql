-- Tasks know where they come from (ADR 0016), and the reminder job marks
-- what it has reminded (ADR 0015).

CREATE TYPE "TaskSourceKind" AS ENUM ('DEADLINE', 'CONSENT', 'SHARING_BASIS', 'BIRTH', 'MEETING_ACTION', 'PLAN_INTERVENTION', 'MANUAL');

ALTER TABLE "Task"
  ADD COLUMN "sourceKind" "TaskSourceKind",
  ADD COLUMN "sourceId" UUID,
  ADD COLUMN "rule" TEXT,
  ADD COLUMN "remindedAt" TIMESTAMPTZ(3);

-- Existing rows: the free string "source" (and "deadlineId") become the link.
-- 1. Statutory clocks of an underretning: the Deadline row.
UPDATE "Task" SET "sourceKind" = 'DEADLINE', "sourceId" = "deadlineId", "rule" = "source"
WHERE "deadlineId" IS NOT NULL;

-- 2. Consent expiry reminders: the consent recorded in the same transaction
-- (same createdAt, case and organisation), else the newest earlier one.
UPDATE "Task" t SET "sourceKind" = 'CONSENT', "rule" = t."source", "sourceId" = (
  SELECT c.id FROM "Consent" c
  WHERE c."caseId" = t."caseId" AND c."recordedByOrgId" = t."orgId" AND c."createdAt" <= t."createdAt"
  ORDER BY c."createdAt" DESC, c.id LIMIT 1)
WHERE t."sourceKind" IS NULL AND t."source" = 'samtykke-udloeber-30-dage';

-- 3. Follow-ups of a statutory basis ("statutory:CODE"): the first basis row
-- of that code the organisation recorded on the case up to the task.
UPDATE "Task" t SET "sourceKind" = 'SHARING_BASIS',
  "rule" = CASE substr(t."source", 11) WHEN 'SUL_43_2' THEN 'sul-43-orientering' END,
  "sourceId" = (
    SELECT b.id FROM "SharingBasis" b
    WHERE b."caseId" = t."caseId" AND b."grantedByOrgId" = t."orgId"
      AND b."statutoryCode" = substr(t."source", 11) AND b."createdAt" <= t."createdAt"
    ORDER BY b."createdAt" DESC, b.id LIMIT 1)
WHERE t."sourceKind" IS NULL AND t."source" LIKE 'statutory:%';

-- 4. Birth routine: the child (the subject of the task's case); the rule by title.
UPDATE "Task" t SET "sourceKind" = 'BIRTH',
  "rule" = CASE t.title WHEN 'Underret sundhedsplejen om fødslen' THEN 'foedsel-underret-sundhedspleje'
                        WHEN 'Planlæg udskrivningsmødet' THEN 'foedsel-udskrivningsmoede' END,
  "sourceId" = (SELECT c."subjectId" FROM "CaseFile" c WHERE c.id = t."caseId")
WHERE t."sourceKind" IS NULL AND t."source" = 'birth';

-- 5. Everything else was made by hand; an unknown string is kept as the rule.
UPDATE "Task" SET "sourceKind" = 'MANUAL', "rule" = NULLIF("source", 'manual')
WHERE "sourceKind" IS NULL;

ALTER TABLE "Task" ALTER COLUMN "sourceKind" SET NOT NULL,
  DROP COLUMN "source",
  DROP COLUMN "deadlineId";

CREATE INDEX "Task_sourceKind_sourceId_idx" ON "Task"("sourceKind", "sourceId");
CREATE INDEX "Task_status_dueAt_idx" ON "Task"("status", "dueAt");

-- Completing the source completes its task, whoever completes it: a consent
-- withdrawn by the responsible organisation closes the reminder of the
-- organisation that recorded it, which row-level security would not let the
-- withdrawing request update itself. SECURITY DEFINER for that reason only;
-- it touches nothing but the open tasks linked to the row that changed.
CREATE FUNCTION task_close_with_source() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  UPDATE "Task" SET status = 'DONE', "completedAt" = now()
  WHERE "sourceKind" = TG_ARGV[0]::"TaskSourceKind" AND "sourceId" = NEW.id AND status = 'OPEN';
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION task_close_with_source() FROM PUBLIC;

CREATE TRIGGER consent_withdrawn_closes_tasks AFTER UPDATE OF "withdrawnAt" ON "Consent"
  FOR EACH ROW WHEN (OLD."withdrawnAt" IS NULL AND NEW."withdrawnAt" IS NOT NULL)
  EXECUTE FUNCTION task_close_with_source('CONSENT');

CREATE TRIGGER deadline_done_closes_tasks AFTER UPDATE OF status ON "Deadline"
  FOR EACH ROW WHEN (OLD.status = 'OPEN' AND NEW.status <> 'OPEN')
  EXECUTE FUNCTION task_close_with_source('DEADLINE');
