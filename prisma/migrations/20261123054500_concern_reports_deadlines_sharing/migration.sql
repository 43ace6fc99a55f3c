-- CreateEnum
CREATE TYPE "ReporterKind" AS ENUM ('FAGPERSON', 'PRIVATPERSON', 'ANONYM');

-- CreateEnum
CREATE TYPE "ReportChannel" AS ENUM ('DIGITAL_FORMULAR', 'TELEFON', 'BREV', 'SIKKER_MAIL', 'PERSONLIGT');

-- CreateEnum
CREATE TYPE "ReportAbout" AS ENUM ('GRAVID', 'UFOEDT_BARN', 'BARN');

-- CreateEnum
CREATE TYPE "ReportOutcome" AS ENUM ('SCREENING', 'AFDAEKNING', 'BOERNEFAGLIG_UNDERSOEGELSE', 'TIDLIGT_FOREBYGGENDE_TILBUD', 'INGEN_FORANSTALTNING', 'VIDERESENDT_ANDEN_KOMMUNE');

-- CreateEnum
CREATE TYPE "DeadlineStatus" AS ENUM ('OPEN', 'MET', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'DONE');

-- CreateEnum
CREATE TYPE "ConsentGiver" AS ENUM ('MOTHER', 'PARTNER', 'CUSTODY_HOLDER', 'CHILD_15_PLUS');

-- CreateEnum
CREATE TYPE "ConsentDirection" AS ENUM ('INDHENTE', 'VIDEREGIVE');

-- CreateEnum
CREATE TYPE "ConsentForm" AS ENUM ('SKRIFTLIGT', 'MUNDTLIGT', 'DIGITALT');

-- CreateEnum
CREATE TYPE "SharingBasisKind" AS ENUM ('CONSENT', 'STATUTORY', 'MEETING');

-- CreateTable
CREATE TABLE "ConcernReport" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "receivingOrgId" UUID NOT NULL,
    "reporterOrgId" UUID,
    "reporterUserId" UUID,
    "reporterKind" "ReporterKind" NOT NULL,
    "reporterName" TEXT,
    "reporterOrganisation" TEXT,
    "reporterProfession" TEXT,
    "reporterContact" TEXT,
    "channel" "ReportChannel" NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "about" "ReportAbout" NOT NULL,
    "observations" TEXT NOT NULL,
    "termin" DATE,
    "substances" TEXT,
    "exposure" TEXT,
    "womanInformed" BOOLEAN,
    "copyGiven" BOOLEAN,
    "publicEmployee" BOOLEAN NOT NULL DEFAULT false,
    "activeInterventionFlag" BOOLEAN NOT NULL DEFAULT false,
    "idempotencyKey" TEXT NOT NULL,
    "createdByUserId" UUID NOT NULL,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assessedAt" TIMESTAMPTZ(3),
    "assessedByName" TEXT,
    "acute" BOOLEAN,
    "assessmentReasons" TEXT,
    "receiptSentAt" TIMESTAMPTZ(3),
    "receiptSentByName" TEXT,
    "outcome" "ReportOutcome",
    "outcomeAt" TIMESTAMPTZ(3),
    "feedbackAt" TIMESTAMPTZ(3),
    "feedbackActionStarted" BOOLEAN,

    CONSTRAINT "ConcernReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deadline" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "orgId" UUID NOT NULL,
    "ruleId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "legalReference" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'DUE',
    "category" "InfoCategory" NOT NULL DEFAULT 'UNDERRETNING',
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "metAt" TIMESTAMPTZ(3),
    "status" "DeadlineStatus" NOT NULL DEFAULT 'OPEN',
    "sourceType" TEXT,
    "sourceId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Deadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" UUID NOT NULL,
    "caseId" UUID,
    "orgId" UUID NOT NULL,
    "ownerUserId" UUID,
    "title" TEXT NOT NULL,
    "dueAt" TIMESTAMPTZ(3),
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "source" TEXT NOT NULL,
    "deadlineId" UUID,
    "category" "InfoCategory" NOT NULL DEFAULT 'PLAN',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "recordedByOrgId" UUID NOT NULL,
    "recordedByUserId" UUID NOT NULL,
    "givenBy" "ConsentGiver" NOT NULL,
    "givenByName" TEXT NOT NULL,
    "direction" "ConsentDirection" NOT NULL,
    "purpose" TEXT NOT NULL,
    "form" "ConsentForm" NOT NULL,
    "evidence" TEXT,
    "validFrom" TIMESTAMPTZ(3) NOT NULL,
    "validUntil" TIMESTAMPTZ(3) NOT NULL,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawnByName" TEXT,
    "withdrawalReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SharingBasis" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "recipientOrgId" UUID NOT NULL,
    "category" "InfoCategory" NOT NULL,
    "kind" "SharingBasisKind" NOT NULL,
    "consentId" UUID,
    "statutoryCode" TEXT,
    "reason" TEXT,
    "grantedByOrgId" UUID NOT NULL,
    "grantedByName" TEXT NOT NULL,
    "validFrom" TIMESTAMPTZ(3) NOT NULL,
    "validTo" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SharingBasis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Disclosure" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" UUID NOT NULL,
    "category" "InfoCategory" NOT NULL,
    "fromOrgId" UUID NOT NULL,
    "toOrgId" UUID NOT NULL,
    "toUserId" UUID NOT NULL,
    "toUserName" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "basisId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Disclosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoordinatorAssignment" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "orgId" UUID NOT NULL,
    "userName" TEXT,
    "handoverNote" TEXT NOT NULL,
    "byUserId" UUID NOT NULL,
    "byName" TEXT NOT NULL,
    "fromAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "toAt" TIMESTAMPTZ(3),

    CONSTRAINT "CoordinatorAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConcernReport_idempotencyKey_key" ON "ConcernReport"("idempotencyKey");

-- CreateIndex
CREATE INDEX "ConcernReport_receivingOrgId_receivedAt_idx" ON "ConcernReport"("receivingOrgId", "receivedAt");

-- CreateIndex
CREATE INDEX "ConcernReport_reporterOrgId_idx" ON "ConcernReport"("reporterOrgId");

-- CreateIndex
CREATE INDEX "ConcernReport_caseId_idx" ON "ConcernReport"("caseId");

-- CreateIndex
CREATE INDEX "Deadline_orgId_status_dueAt_idx" ON "Deadline"("orgId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Deadline_caseId_idx" ON "Deadline"("caseId");

-- CreateIndex
CREATE INDEX "Deadline_sourceId_idx" ON "Deadline"("sourceId");

-- CreateIndex
CREATE INDEX "Task_orgId_status_dueAt_idx" ON "Task"("orgId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Task_ownerUserId_status_dueAt_idx" ON "Task"("ownerUserId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Task_caseId_idx" ON "Task"("caseId");

-- CreateIndex
CREATE INDEX "Consent_caseId_idx" ON "Consent"("caseId");

-- CreateIndex
CREATE INDEX "SharingBasis_caseId_recipientOrgId_category_idx" ON "SharingBasis"("caseId", "recipientOrgId", "category");

-- CreateIndex
CREATE INDEX "SharingBasis_consentId_idx" ON "SharingBasis"("consentId");

-- CreateIndex
CREATE INDEX "Disclosure_caseId_at_idx" ON "Disclosure"("caseId", "at");

-- CreateIndex
CREATE INDEX "Disclosure_fromOrgId_at_idx" ON "Disclosure"("fromOrgId", "at");

-- CreateIndex
CREATE INDEX "Disclosure_toOrgId_at_idx" ON "Disclosure"("toOrgId", "at");

-- CreateIndex
CREATE INDEX "CoordinatorAssignment_caseId_fromAt_idx" ON "CoordinatorAssignment"("caseId", "fromAt");

-- AddForeignKey
ALTER TABLE "ConcernReport" ADD CONSTRAINT "ConcernReport_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharingBasis" ADD CONSTRAINT "SharingBasis_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharingBasis" ADD CONSTRAINT "SharingBasis_consentId_fkey" FOREIGN KEY ("consentId") REFERENCES "Consent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorAssignment" ADD CONSTRAINT "CoordinatorAssignment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
