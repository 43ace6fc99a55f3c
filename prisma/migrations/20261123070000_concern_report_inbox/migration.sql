-- CreateTable
CREATE TABLE "ConcernReportSubmission" (
    "id" UUID NOT NULL,
    "fromOrgId" UUID NOT NULL,
    "fromUserId" UUID NOT NULL,
    "fromUserName" TEXT NOT NULL,
    "toOrgId" UUID NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotencyKey" TEXT NOT NULL,
    "about" "ReportAbout" NOT NULL,
    "observations" TEXT NOT NULL,
    "termin" DATE,
    "substances" TEXT,
    "exposure" TEXT,
    "womanInformed" BOOLEAN,
    "copyGiven" BOOLEAN,
    "publicEmployee" BOOLEAN NOT NULL DEFAULT false,
    "subjectFirstName" TEXT NOT NULL,
    "subjectLastName" TEXT NOT NULL,
    "subjectCprCiphertext" TEXT NOT NULL,
    "subjectCprBlindIndex" TEXT NOT NULL,
    "reporterProfession" TEXT,
    "reporterContact" TEXT,
    "registeredAt" TIMESTAMPTZ(3),
    "registeredReportId" UUID,

    CONSTRAINT "ConcernReportSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConcernReportSubmission_idempotencyKey_key" ON "ConcernReportSubmission"("idempotencyKey");

-- CreateIndex
CREATE INDEX "ConcernReportSubmission_toOrgId_registeredAt_submittedAt_idx" ON "ConcernReportSubmission"("toOrgId", "registeredAt", "submittedAt");

-- CreateIndex
CREATE INDEX "ConcernReportSubmission_fromOrgId_submittedAt_idx" ON "ConcernReportSubmission"("fromOrgId", "submittedAt");

-- Row-level security for the inbox (ADR 0002). No semicolons in comments or
-- function bodies: the migration engine splits on every one.

-- Whether an organisation receives underretninger (Barnets Lov paragraphs
-- 136-137 place them with the kommune's familieafdeling). SECURITY DEFINER
-- because tenants cannot read other organisations' rows.
CREATE FUNCTION app_is_receiving_org(p_org uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM "Organization" o WHERE o.id = p_org AND o.type = 'KOMMUNE_FAMILIE') $$;

ALTER TABLE "ConcernReportSubmission" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ConcernReportSubmission" FORCE ROW LEVEL SECURITY;
-- The sending and the receiving organisation, nobody else.
CREATE POLICY submission_read ON "ConcernReportSubmission" FOR SELECT TO app_runtime
  USING ("fromOrgId" = app_current_org() OR "toOrgId" = app_current_org());
CREATE POLICY submission_insert ON "ConcernReportSubmission" FOR INSERT TO app_runtime
  WITH CHECK ("fromOrgId" = app_current_org() AND "fromUserId" = app_current_user()
              AND "toOrgId" <> app_current_org() AND app_is_receiving_org("toOrgId"));
-- Only the receiving organisation registers a submission.
CREATE POLICY submission_update ON "ConcernReportSubmission" FOR UPDATE TO app_runtime
  USING ("toOrgId" = app_current_org()) WITH CHECK ("toOrgId" = app_current_org());

GRANT SELECT, INSERT ON "ConcernReportSubmission" TO app_runtime;
-- Registration touches these two columns only: what the sender wrote stays hers.
GRANT UPDATE ("registeredAt", "registeredReportId") ON "ConcernReportSubmission" TO app_runtime;
