-- Baseline: the schema, the runtime roles and the access policy in one
-- script (ADR 0010). The policy part is a copy of prisma/sql/policies/*.sql,
-- in file order, and tests/integration/policy-source.test.ts checks that a
-- migrated database holds exactly those definitions: a later migration that
-- changes a policy changes its source file too.

-- ---------------------------------------------------------------------------
-- Roles (cluster-wide, so created only when missing)
-- ---------------------------------------------------------------------------
-- app_runtime: what a request may do. No login, no bypass of row-level security.
-- app_login: the request pool's login. NOINHERIT and a member of app_runtime
-- only, so it holds no privilege until it sets that role, and it can never
-- become the owner: SET ROLE to any other role fails, and RESET ROLE leaves a
-- login that can read nothing. Give it a password where the server asks for
-- one: ALTER ROLE app_login PASSWORD '...' (README).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_runtime') THEN
    CREATE ROLE app_runtime NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_login') THEN
    CREATE ROLE app_login LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
  -- The owner (who runs the migrations) sets the runtime role in tests and on
  -- the embedded database.
  IF NOT pg_has_role(current_user, 'app_runtime', 'MEMBER') THEN
    EXECUTE format('GRANT app_runtime TO %I', current_user);
  END IF;
  IF NOT pg_has_role('app_login', 'app_runtime', 'MEMBER') THEN
    GRANT app_runtime TO app_login;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO app_runtime;

-- ---------------------------------------------------------------------------
-- Schema (prisma migrate diff --from-empty --to-schema prisma/schema.prisma)
-- ---------------------------------------------------------------------------
-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrgType" AS ENUM ('KOMMUNE_FAMILIE', 'KOMMUNE_VOKSEN', 'JOBCENTER', 'SUNDHEDSPLEJE', 'FAMILIEAMBULATORIUM', 'FOEDESTED', 'PSYKIATRI', 'RUSMIDDELCENTER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SAGSBEHANDLER', 'JORDEMODER', 'LAEGE', 'SUNDHEDSPLEJERSKE', 'BEHANDLER', 'LEDER', 'ADMIN');

-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('OPSPORING', 'UDREDNING', 'INDSATS', 'OPFOELGNING', 'AFSLUTTET');

-- CreateEnum
CREATE TYPE "CaseKind" AS ENUM ('GRAVID', 'BARN');

-- CreateEnum
CREATE TYPE "InfoCategory" AS ENUM ('STAMDATA', 'SOCIALE_FORHOLD', 'HELBRED', 'RUSMIDDEL', 'PLAN', 'MOEDER', 'UNDERRETNING');

-- CreateEnum
CREATE TYPE "StamdataChangeKind" AS ENUM ('CPR_ADDED', 'CPR_CHANGED', 'NAME', 'TERMIN', 'MERGED_INTO', 'MERGED_FROM');

-- CreateEnum
CREATE TYPE "NoteAmendmentKind" AS ENUM ('CORRECTED', 'ANNULLED');

-- CreateEnum
CREATE TYPE "ReporterKind" AS ENUM ('FAGPERSON', 'PRIVATPERSON', 'ANONYM');

-- CreateEnum
CREATE TYPE "ReportChannel" AS ENUM ('DIGITAL_FORMULAR', 'TELEFON', 'BREV', 'SIKKER_MAIL', 'PERSONLIGT');

-- CreateEnum
CREATE TYPE "ReportAbout" AS ENUM ('GRAVID', 'UFOEDT_BARN', 'BARN');

-- CreateEnum
CREATE TYPE "ReportOutcome" AS ENUM ('SCREENING', 'AFDAEKNING', 'BOERNEFAGLIG_UNDERSOEGELSE', 'TIDLIGT_FOREBYGGENDE_TILBUD', 'INGEN_FORANSTALTNING', 'VIDERESENDT_ANDEN_KOMMUNE');

-- CreateEnum
CREATE TYPE "ReceiptChannel" AS ENUM ('BREV', 'DIGITAL_POST', 'SIKKER_MAIL', 'UDLEVERET');

-- CreateEnum
CREATE TYPE "DeadlineStatus" AS ENUM ('OPEN', 'MET', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'DONE');

-- CreateEnum
CREATE TYPE "TaskSourceKind" AS ENUM ('DEADLINE', 'CONSENT', 'SHARING_BASIS', 'BIRTH', 'MEETING_ACTION', 'PLAN_INTERVENTION', 'MANUAL');

-- CreateEnum
CREATE TYPE "ConsentGiver" AS ENUM ('MOTHER', 'PARTNER', 'CUSTODY_HOLDER', 'CHILD_15_PLUS');

-- CreateEnum
CREATE TYPE "ConsentDirection" AS ENUM ('INDHENTE', 'VIDEREGIVE');

-- CreateEnum
CREATE TYPE "ConsentForm" AS ENUM ('SKRIFTLIGT', 'MUNDTLIGT', 'DIGITALT');

-- CreateEnum
CREATE TYPE "SharingBasisKind" AS ENUM ('CONSENT', 'STATUTORY', 'MEETING');

-- CreateEnum
CREATE TYPE "MeetingType" AS ENUM ('KOORDINATIONSMOEDE', 'NETVAERKSMOEDE', 'TERMINSMOEDE', 'UDSKRIVNINGSKONFERENCE', 'OPFOELGNINGSMOEDE', 'FAMILIERAADSMOEDE', 'UNDERRETNINGSSAMTALE', 'AFSLUTTENDE_NETVAERKSMOEDE');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "InviteeKind" AS ENUM ('PROFESSIONAL', 'CITIZEN', 'PARTNER', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "InviteResponse" AS ENUM ('AFVENTER', 'DELTAGER', 'DELTAGER_IKKE', 'STEDFORTRAEDER');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('MOEDT', 'STEDFORTRAEDER', 'UDEBLEVET');

-- CreateEnum
CREATE TYPE "MinutesStatus" AS ENUM ('DRAFT', 'APPROVED');

-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('BARNETS_PLAN', 'HANDLEPLAN_MOR', 'FORAELDREHANDLEPLAN', 'BEHANDLINGSPLAN', 'HELHEDSORIENTERET');

-- CreateEnum
CREATE TYPE "PlanVersionStatus" AS ENUM ('KLADDE', 'SENDT', 'GODKENDT', 'RETURNERET');

-- CreateEnum
CREATE TYPE "PlanRevisionReason" AS ENUM ('FOEDSEL', 'ANBRINGELSE', 'NYE_FOKUSPUNKTER', 'OPFOELGNING', 'ANDET');

-- CreateEnum
CREATE TYPE "PlanTrack" AS ENUM ('SUNDHED', 'SOCIAL');

-- CreateEnum
CREATE TYPE "GoalStatus" AS ENUM ('IKKE_STARTET', 'I_GANG', 'NAAET', 'IKKE_NAAET');

-- CreateEnum
CREATE TYPE "InterventionProgressKind" AS ENUM ('STARTET', 'AFHOLDT', 'PAUSET', 'AFSLUTTET');

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "OrgType" NOT NULL,
    "kommuneCode" TEXT,
    "regionCode" TEXT,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "deactivatedAt" TIMESTAMPTZ(3),
    "totpSecret" TEXT,
    "totpEnabledAt" TIMESTAMPTZ(3),
    "totpLastStep" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalIdentity" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExternalIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "userAgent" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "orgId" UUID NOT NULL,
    "role" "Role" NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "ownerOrgId" UUID NOT NULL,
    "cprCiphertext" TEXT,
    "cprBlindIndex" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "birthDate" DATE,
    "isUnborn" BOOLEAN NOT NULL DEFAULT false,
    "motherId" UUID,
    "termin" DATE,
    "address" TEXT,
    "description" TEXT,
    "mergedIntoId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseFile" (
    "id" UUID NOT NULL,
    "caseNumber" SERIAL NOT NULL,
    "subjectId" UUID NOT NULL,
    "kind" "CaseKind" NOT NULL,
    "stage" "Stage" NOT NULL DEFAULT 'OPSPORING',
    "termin" DATE,
    "responsibleOrgId" UUID NOT NULL,
    "coordinatorOrgId" UUID,
    "coordinatorUserId" UUID,
    "caseworkerUserId" UUID,
    "motherCaseId" UUID,
    "mergedIntoCaseId" UUID,
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CaseFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StamdataChange" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "orgId" UUID NOT NULL,
    "kind" "StamdataChangeKind" NOT NULL,
    "oldValue" TEXT,
    "newValue" TEXT,
    "otherCaseId" UUID,
    "otherCaseNumber" INTEGER,
    "byUserId" UUID NOT NULL,
    "byName" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StamdataChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageTransition" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "fromStage" "Stage",
    "toStage" "Stage" NOT NULL,
    "reason" TEXT NOT NULL,
    "byUserId" UUID NOT NULL,
    "byName" TEXT NOT NULL,
    "orgId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StageTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseParticipant" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "orgId" UUID NOT NULL,
    "roleOnCase" TEXT NOT NULL,
    "contactUserId" UUID,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "emergencyContact" TEXT,
    "since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "until" TIMESTAMPTZ(3),
    "addedByUserId" UUID NOT NULL,
    "caseUpdatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "authorOrgId" UUID NOT NULL,
    "authorUserId" UUID NOT NULL,
    "authorName" TEXT NOT NULL,
    "category" "InfoCategory" NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoteAmendment" (
    "id" UUID NOT NULL,
    "noteId" UUID NOT NULL,
    "kind" "NoteAmendmentKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "replacementNoteId" UUID,
    "byOrgId" UUID NOT NULL,
    "byUserId" UUID NOT NULL,
    "byName" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoteAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
-- Partitioned by month on "at" (ADR 0013; scripts/lib/partition-audit.mjs). The
-- partitions are made by audit_ensure_partitions() (policies/65-audit-partitions.sql).
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" UUID,
    "actorName" TEXT,
    "orgId" UUID,
    "orgName" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "caseId" UUID,
    "personId" UUID,
    "details" JSONB,
    "requestId" TEXT,
    "chainSeq" BIGINT,
    "prevHash" TEXT,
    "hash" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id","at")
) PARTITION BY RANGE ("at");

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
    "receiptChannel" "ReceiptChannel",
    "outcome" "ReportOutcome",
    "outcomeAt" TIMESTAMPTZ(3),
    "feedbackAt" TIMESTAMPTZ(3),
    "feedbackActionStarted" BOOLEAN,
    "assigneeUserId" UUID,

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
    "sourceKind" "TaskSourceKind" NOT NULL,
    "sourceId" UUID,
    "rule" TEXT,
    "category" "InfoCategory" NOT NULL DEFAULT 'PLAN',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),
    "completedByName" TEXT,
    "completionNote" TEXT,
    "remindedAt" TIMESTAMPTZ(3),

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
    "userId" UUID,
    "userName" TEXT,
    "handoverNote" TEXT NOT NULL,
    "byUserId" UUID NOT NULL,
    "byName" TEXT NOT NULL,
    "fromAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "toAt" TIMESTAMPTZ(3),

    CONSTRAINT "CoordinatorAssignment_pkey" PRIMARY KEY ("id")
);

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

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "conveningOrgId" UUID NOT NULL,
    "type" "MeetingType" NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT,
    "videoUrl" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "createdByUserId" UUID NOT NULL,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingInvitee" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" "InviteeKind" NOT NULL,
    "orgId" UUID,
    "userId" UUID,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "response" "InviteResponse" NOT NULL DEFAULT 'AFVENTER',
    "proxyName" TEXT,
    "respondedAt" TIMESTAMPTZ(3),
    "attendance" "Attendance",

    CONSTRAINT "MeetingInvitee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingChange" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "orgId" UUID NOT NULL,
    "summary" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "byName" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAgenda" (
    "meetingId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "authorOrgId" UUID NOT NULL,
    "category" "InfoCategory" NOT NULL DEFAULT 'MOEDER',
    "text" TEXT NOT NULL,
    "prompts" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "MeetingAgenda_pkey" PRIMARY KEY ("meetingId")
);

-- CreateTable
CREATE TABLE "MeetingMinutes" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "authorOrgId" UUID NOT NULL,
    "category" "InfoCategory" NOT NULL DEFAULT 'MOEDER',
    "problem" TEXT NOT NULL,
    "conclusion" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "roles" TEXT NOT NULL,
    "actions" JSONB NOT NULL DEFAULT '[]',
    "nextMeetingOn" DATE,
    "consentId" UUID,
    "status" "MinutesStatus" NOT NULL DEFAULT 'DRAFT',
    "writtenByName" TEXT NOT NULL,
    "approvedAt" TIMESTAMPTZ(3),
    "approvedByName" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingMinutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingMinutesAddendum" (
    "id" UUID NOT NULL,
    "minutesId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "authorOrgId" UUID NOT NULL,
    "category" "InfoCategory" NOT NULL DEFAULT 'MOEDER',
    "text" TEXT NOT NULL,
    "byUserId" UUID NOT NULL,
    "byName" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingMinutesAddendum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "ownerOrgId" UUID NOT NULL,
    "category" "InfoCategory" NOT NULL DEFAULT 'PLAN',
    "kind" "PlanKind" NOT NULL,
    "consentId" UUID,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "ownerOrgId" UUID NOT NULL,
    "category" "InfoCategory" NOT NULL DEFAULT 'PLAN',
    "number" INTEGER NOT NULL,
    "status" "PlanVersionStatus" NOT NULL DEFAULT 'KLADDE',
    "lockVersion" INTEGER NOT NULL DEFAULT 1,
    "purpose" TEXT NOT NULL DEFAULT '',
    "focusPoints" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "afterBirthStay" TEXT,
    "afterBirthFeeding" TEXT,
    "afterBirthDischarge" TEXT,
    "revisionReason" "PlanRevisionReason",
    "revisionNote" TEXT,
    "createdByUserId" UUID NOT NULL,
    "createdByName" TEXT NOT NULL,
    "updatedByName" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedByUserId" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "approvedByName" TEXT,
    "approvalComment" TEXT,
    "returnedAt" TIMESTAMPTZ(3),
    "returnReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanGoal" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "ownerOrgId" UUID NOT NULL,
    "category" "InfoCategory" NOT NULL DEFAULT 'PLAN',
    "key" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "targetDate" DATE NOT NULL,
    "status" "GoalStatus" NOT NULL DEFAULT 'IKKE_STARTET',
    "note" TEXT,
    "approved" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PlanGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanIntervention" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "authorOrgId" UUID NOT NULL,
    "responsibleOrgId" UUID NOT NULL,
    "responsibleUserId" UUID,
    "responsibleName" TEXT,
    "category" "InfoCategory" NOT NULL,
    "key" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "track" "PlanTrack" NOT NULL,
    "catalogueEntryId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "durationWeeks" INTEGER,
    "followUpDate" DATE NOT NULL,
    "frequency" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "goalKeys" UUID[] DEFAULT ARRAY[]::UUID[],
    "approved" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PlanIntervention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanInterventionProgress" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "interventionKey" UUID NOT NULL,
    "authorOrgId" UUID NOT NULL,
    "category" "InfoCategory" NOT NULL,
    "kind" "InterventionProgressKind" NOT NULL,
    "on" DATE NOT NULL,
    "note" TEXT,
    "byUserId" UUID NOT NULL,
    "byName" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanInterventionProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanContact" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "ownerOrgId" UUID NOT NULL,
    "category" "InfoCategory" NOT NULL DEFAULT 'PLAN',
    "orgId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "fallback" TEXT,
    "position" INTEGER NOT NULL,
    "approved" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PlanContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterventionCatalogueEntry" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "kommuneOrgId" UUID,
    "name" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "track" "PlanTrack" NOT NULL,
    "category" "InfoCategory" NOT NULL,
    "deliveredBy" TEXT[],
    "funding" TEXT NOT NULL,
    "retiredAt" TIMESTAMPTZ(3),
    "createdByName" TEXT NOT NULL DEFAULT 'Samforløb',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterventionCatalogueEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "ExternalIdentity_userId_idx" ON "ExternalIdentity"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalIdentity_issuer_subject_key" ON "ExternalIdentity"("issuer", "subject");

-- CreateIndex
CREATE INDEX "UserSession_userId_createdAt_idx" ON "UserSession"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordToken_tokenHash_key" ON "PasswordToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordToken_userId_idx" ON "PasswordToken"("userId");

-- CreateIndex
CREATE INDEX "RecoveryCode_userId_idx" ON "RecoveryCode"("userId");

-- CreateIndex
CREATE INDEX "Membership_orgId_idx" ON "Membership"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_orgId_key" ON "Membership"("userId", "orgId");

-- CreateIndex
CREATE INDEX "Person_ownerOrgId_idx" ON "Person"("ownerOrgId");

-- CreateIndex
CREATE INDEX "Person_cprBlindIndex_idx" ON "Person"("cprBlindIndex");

-- CreateIndex
CREATE INDEX "Person_motherId_idx" ON "Person"("motherId");

-- CreateIndex
CREATE INDEX "Person_ownerOrgId_cprBlindIndex_idx" ON "Person"("ownerOrgId", "cprBlindIndex");

-- CreateIndex
CREATE UNIQUE INDEX "CaseFile_caseNumber_key" ON "CaseFile"("caseNumber");

-- CreateIndex
CREATE INDEX "CaseFile_responsibleOrgId_updatedAt_id_idx" ON "CaseFile"("responsibleOrgId", "updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "CaseFile_responsibleOrgId_stage_updatedAt_id_idx" ON "CaseFile"("responsibleOrgId", "stage", "updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "CaseFile_responsibleOrgId_caseworkerUserId_updatedAt_id_idx" ON "CaseFile"("responsibleOrgId", "caseworkerUserId", "updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "CaseFile_subjectId_idx" ON "CaseFile"("subjectId");

-- CreateIndex
CREATE INDEX "CaseFile_motherCaseId_idx" ON "CaseFile"("motherCaseId");

-- CreateIndex
CREATE INDEX "CaseFile_mergedIntoCaseId_idx" ON "CaseFile"("mergedIntoCaseId");

-- CreateIndex
CREATE INDEX "StamdataChange_caseId_at_idx" ON "StamdataChange"("caseId", "at");

-- CreateIndex
CREATE INDEX "StamdataChange_personId_idx" ON "StamdataChange"("personId");

-- CreateIndex
CREATE INDEX "StageTransition_caseId_at_idx" ON "StageTransition"("caseId", "at");

-- CreateIndex
CREATE INDEX "CaseParticipant_orgId_caseId_idx" ON "CaseParticipant"("orgId", "caseId");

-- CreateIndex
CREATE INDEX "CaseParticipant_orgId_caseUpdatedAt_caseId_idx" ON "CaseParticipant"("orgId", "caseUpdatedAt" DESC, "caseId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "CaseParticipant_caseId_orgId_key" ON "CaseParticipant"("caseId", "orgId");

-- CreateIndex
CREATE INDEX "Note_caseId_createdAt_idx" ON "Note"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "Note_authorOrgId_idx" ON "Note"("authorOrgId");

-- CreateIndex
CREATE UNIQUE INDEX "NoteAmendment_noteId_key" ON "NoteAmendment"("noteId");

-- CreateIndex
CREATE UNIQUE INDEX "NoteAmendment_replacementNoteId_key" ON "NoteAmendment"("replacementNoteId");

-- CreateIndex
CREATE INDEX "AuditEvent_chainSeq_idx" ON "AuditEvent"("chainSeq");

-- CreateIndex
CREATE INDEX "AuditEvent_caseId_at_idx" ON "AuditEvent"("caseId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_orgId_at_idx" ON "AuditEvent"("orgId", "at");

-- CreateIndex
CREATE INDEX "ConcernReport_receivingOrgId_receivedAt_idx" ON "ConcernReport"("receivingOrgId", "receivedAt");

-- CreateIndex
CREATE INDEX "ConcernReport_receivingOrgId_assigneeUserId_idx" ON "ConcernReport"("receivingOrgId", "assigneeUserId");

-- CreateIndex
CREATE INDEX "ConcernReport_reporterOrgId_idx" ON "ConcernReport"("reporterOrgId");

-- CreateIndex
CREATE INDEX "ConcernReport_caseId_idx" ON "ConcernReport"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "ConcernReport_receivingOrgId_idempotencyKey_key" ON "ConcernReport"("receivingOrgId", "idempotencyKey");

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
CREATE INDEX "Task_sourceKind_sourceId_idx" ON "Task"("sourceKind", "sourceId");

-- CreateIndex
CREATE INDEX "Task_status_dueAt_idx" ON "Task"("status", "dueAt");

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

-- CreateIndex
CREATE UNIQUE INDEX "ConcernReportSubmission_idempotencyKey_key" ON "ConcernReportSubmission"("idempotencyKey");

-- CreateIndex
CREATE INDEX "ConcernReportSubmission_toOrgId_registeredAt_submittedAt_idx" ON "ConcernReportSubmission"("toOrgId", "registeredAt", "submittedAt");

-- CreateIndex
CREATE INDEX "ConcernReportSubmission_fromOrgId_submittedAt_idx" ON "ConcernReportSubmission"("fromOrgId", "submittedAt");

-- CreateIndex
CREATE INDEX "Meeting_caseId_startsAt_idx" ON "Meeting"("caseId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_conveningOrgId_startsAt_idx" ON "Meeting"("conveningOrgId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_conveningOrgId_idempotencyKey_key" ON "Meeting"("conveningOrgId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "MeetingInvitee_meetingId_idx" ON "MeetingInvitee"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingInvitee_userId_idx" ON "MeetingInvitee"("userId");

-- CreateIndex
CREATE INDEX "MeetingInvitee_orgId_meetingId_idx" ON "MeetingInvitee"("orgId", "meetingId");

-- CreateIndex
CREATE INDEX "MeetingChange_meetingId_at_idx" ON "MeetingChange"("meetingId", "at");

-- CreateIndex
CREATE INDEX "MeetingAgenda_caseId_idx" ON "MeetingAgenda"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingMinutes_meetingId_key" ON "MeetingMinutes"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingMinutes_caseId_idx" ON "MeetingMinutes"("caseId");

-- CreateIndex
CREATE INDEX "MeetingMinutesAddendum_minutesId_at_idx" ON "MeetingMinutesAddendum"("minutesId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarFeed_userId_idx" ON "CalendarFeed"("userId");

-- CreateIndex
CREATE INDEX "Plan_ownerOrgId_idx" ON "Plan"("ownerOrgId");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_caseId_ownerOrgId_kind_key" ON "Plan"("caseId", "ownerOrgId", "kind");

-- CreateIndex
CREATE INDEX "PlanVersion_caseId_idx" ON "PlanVersion"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_planId_number_key" ON "PlanVersion"("planId", "number");

-- CreateIndex
CREATE INDEX "PlanGoal_versionId_idx" ON "PlanGoal"("versionId");

-- CreateIndex
CREATE INDEX "PlanIntervention_versionId_idx" ON "PlanIntervention"("versionId");

-- CreateIndex
CREATE INDEX "PlanIntervention_responsibleOrgId_caseId_idx" ON "PlanIntervention"("responsibleOrgId", "caseId");

-- CreateIndex
CREATE INDEX "PlanIntervention_planId_key_idx" ON "PlanIntervention"("planId", "key");

-- CreateIndex
CREATE INDEX "PlanInterventionProgress_planId_interventionKey_on_idx" ON "PlanInterventionProgress"("planId", "interventionKey", "on");

-- CreateIndex
CREATE INDEX "PlanContact_versionId_idx" ON "PlanContact"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "InterventionCatalogueEntry_code_key" ON "InterventionCatalogueEntry"("code");

-- CreateIndex
CREATE INDEX "InterventionCatalogueEntry_kommuneOrgId_idx" ON "InterventionCatalogueEntry"("kommuneOrgId");

-- CreateIndex
CREATE INDEX "RateLimit_windowStart_idx" ON "RateLimit"("windowStart");

-- AddForeignKey
ALTER TABLE "ExternalIdentity" ADD CONSTRAINT "ExternalIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordToken" ADD CONSTRAINT "PasswordToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_motherId_fkey" FOREIGN KEY ("motherId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseFile" ADD CONSTRAINT "CaseFile_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseFile" ADD CONSTRAINT "CaseFile_motherCaseId_fkey" FOREIGN KEY ("motherCaseId") REFERENCES "CaseFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseFile" ADD CONSTRAINT "CaseFile_mergedIntoCaseId_fkey" FOREIGN KEY ("mergedIntoCaseId") REFERENCES "CaseFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StamdataChange" ADD CONSTRAINT "StamdataChange_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StamdataChange" ADD CONSTRAINT "StamdataChange_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageTransition" ADD CONSTRAINT "StageTransition_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseParticipant" ADD CONSTRAINT "CaseParticipant_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoteAmendment" ADD CONSTRAINT "NoteAmendment_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoteAmendment" ADD CONSTRAINT "NoteAmendment_replacementNoteId_fkey" FOREIGN KEY ("replacementNoteId") REFERENCES "Note"("id") ON DELETE SET NULL ON UPDATE CASCADE;

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

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitee" ADD CONSTRAINT "MeetingInvitee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingChange" ADD CONSTRAINT "MeetingChange_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAgenda" ADD CONSTRAINT "MeetingAgenda_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMinutes" ADD CONSTRAINT "MeetingMinutes_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMinutesAddendum" ADD CONSTRAINT "MeetingMinutesAddendum_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "MeetingMinutes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanGoal" ADD CONSTRAINT "PlanGoal_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PlanVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanIntervention" ADD CONSTRAINT "PlanIntervention_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PlanVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanIntervention" ADD CONSTRAINT "PlanIntervention_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanContact" ADD CONSTRAINT "PlanContact_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PlanVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit chain's head: the last sealed row's number and hash. Only the
-- sealer (the owner's job) touches it.
CREATE TABLE audit_chain_head (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_chain_head (seq, hash) VALUES (0, repeat('0', 64));
REVOKE ALL ON audit_chain_head FROM PUBLIC;


-- What retention dropped (ADR 0013): each run of consecutive chain numbers of
-- a dropped partition, with the hash of its last row. Verification treats a
-- range as one link that stands for its rows, so the rows that remain still
-- chain to what came before them. Owner only, like the head.
CREATE TABLE audit_dropped_range (
  first_seq bigint PRIMARY KEY,
  last_seq bigint NOT NULL CHECK (last_seq >= first_seq),
  last_hash text NOT NULL,
  partition_name text NOT NULL,
  dropped_at timestamptz NOT NULL DEFAULT now()
);
REVOKE ALL ON audit_dropped_range FROM PUBLIC;

-- ===========================================================================
-- prisma/sql/policies/00-context.sql
-- ===========================================================================
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

-- ===========================================================================
-- prisma/sql/policies/10-organisations.sql
-- ===========================================================================
-- Organisations, users and memberships (ADR 0002).

-- Organisations that share a case visible to the current organisation: the
-- other side of a case it is responsible for or participates in. Written as
-- joins from the current organisation's own cases (index-bound), not as a
-- scan of every case.
CREATE FUNCTION app_org_visible(p_org uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT p_org = app_current_org()
    -- responsible for a case the current organisation participates in
    OR EXISTS (
      SELECT 1 FROM "CaseParticipant" mine JOIN "CaseFile" c ON c.id = mine."caseId"
      WHERE mine."orgId" = app_current_org() AND mine."until" IS NULL AND c."responsibleOrgId" = p_org
    )
    -- on a case the current organisation is responsible for
    OR EXISTS (
      SELECT 1 FROM "CaseParticipant" theirs JOIN "CaseFile" c ON c.id = theirs."caseId"
      WHERE theirs."orgId" = p_org AND c."responsibleOrgId" = app_current_org()
    )
    -- on a case both participate in
    OR EXISTS (
      SELECT 1 FROM "CaseParticipant" theirs JOIN "CaseParticipant" mine ON mine."caseId" = theirs."caseId"
      WHERE theirs."orgId" = p_org AND mine."orgId" = app_current_org() AND mine."until" IS NULL
    )
$$;

CREATE FUNCTION app_user_visible(p_user uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT p_user = app_current_user() OR EXISTS (
    SELECT 1 FROM "Membership" m WHERE m."userId" = p_user AND m."orgId" = app_current_org()
  )
$$;

-- The organisation directory (names and types of public bodies, no personal
-- data) for pickers, without opening the Organization table itself.
CREATE FUNCTION app_org_directory()
  RETURNS TABLE (id uuid, name text, type "OrgType", "kommuneCode" text, "regionCode" text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT o.id, o.name, o.type, o."kommuneCode", o."regionCode" FROM "Organization" o
  WHERE app_current_org() IS NOT NULL ORDER BY o.name
$$;

-- Whether an organisation receives underretninger (Barnets Lov paragraphs
-- 136-137 place them with the kommune's familieafdeling).
CREATE FUNCTION app_is_receiving_org(p_org uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM "Organization" o WHERE o.id = p_org AND o.type = 'KOMMUNE_FAMILIE') $$;

ALTER TABLE "Organization" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Organization" FORCE ROW LEVEL SECURITY;
-- The app never changes an organisation's name or type (its type decides who
-- receives reports); its settings change only through app_update_org_settings.
CREATE POLICY org_read ON "Organization" FOR SELECT TO app_runtime
  USING (id = (SELECT app_current_org()) OR app_org_visible(id));
GRANT SELECT ON "Organization" TO app_runtime;

ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "User" FORCE ROW LEVEL SECURITY;
CREATE POLICY user_read ON "User" FOR SELECT TO app_runtime USING (app_user_visible(id));
-- Colleagues' names, never their password hashes, lockout or session state.
GRANT SELECT ("id", "name", "email", "createdAt") ON "User" TO app_runtime;

ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY membership_read ON "Membership" FOR SELECT TO app_runtime
  USING ("orgId" = (SELECT app_current_org()) OR "userId" = (SELECT app_current_user()));
GRANT SELECT ON "Membership" TO app_runtime;

GRANT EXECUTE ON FUNCTION app_org_directory() TO app_runtime;

-- An organisation's own settings (the samarbejdsaftale, ADR 0022): the only
-- change the app makes to an organisation. A SECURITY DEFINER function, not an
-- UPDATE grant, so the runtime role can change one allowed key of the current
-- organisation's settings and nothing else: not another organisation's, not
-- a name or a type. Only a user who is ADMIN in the current organisation may
-- (the role is not in the request context, so Membership decides); the app
-- checks the same first (permission org:settings) and validates the value.
-- Returns the key's previous value, read under the row lock, for the audit row.
CREATE FUNCTION app_update_org_settings(p_key text, p_value jsonb) RETURNS jsonb
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_org uuid := app_current_org();
  v_settings jsonb;
BEGIN
  IF v_org IS NULL OR app_current_user() IS NULL
     OR p_key IS NULL OR p_key NOT IN ('meetings', 'calendar', 'prevalence')
     OR p_value IS NULL OR jsonb_typeof(p_value) <> 'object'
     OR NOT EXISTS (
       SELECT 1 FROM "Membership" m WHERE m."userId" = app_current_user() AND m."orgId" = v_org AND m.role = 'ADMIN'
     ) THEN
    RAISE EXCEPTION 'organisation settings update refused' USING ERRCODE = '42501';
  END IF;
  SELECT settings INTO v_settings FROM "Organization" WHERE id = v_org FOR UPDATE;
  IF jsonb_typeof(v_settings) IS DISTINCT FROM 'object' THEN v_settings := '{}'::jsonb; END IF;
  UPDATE "Organization" SET settings = jsonb_set(v_settings, ARRAY[p_key], p_value) WHERE id = v_org;
  RETURN v_settings -> p_key;
END
$$;
REVOKE ALL ON FUNCTION app_update_org_settings(text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_update_org_settings(text, jsonb) TO app_runtime;

-- ===========================================================================
-- prisma/sql/policies/15-user-admin.sql
-- ===========================================================================
-- User administration, sessions and sign-in secrets (issue 13, ADR 0033).
--
-- The runtime role never writes "User" or "Membership" directly: an
-- administrator's changes go through the SECURITY DEFINER functions below,
-- each of which checks in the database that the acting user is ADMIN of the
-- current organisation and touches only that organisation's memberships (the
-- app checks the same first: permission org:users). A change to the account
-- itself (deactivation, a set-password link, a TOTP reset) is allowed only
-- for a user whose every membership is in the current organisation: an
-- administrator never changes an account another organisation also uses.
-- The functions answer with a status word instead of raising for expected
-- outcomes ('not-found', 'shared', 'member'), so the request's transaction
-- stays usable for the audit row; only a refused caller raises (42501).
-- Re-runnable: functions are CREATE OR REPLACE, policies dropped first.

CREATE OR REPLACE FUNCTION app_require_user_admin() RETURNS uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  IF app_current_org() IS NULL OR app_current_user() IS NULL OR NOT EXISTS (
    SELECT 1 FROM "Membership" m WHERE m."userId" = app_current_user() AND m."orgId" = app_current_org() AND m.role = 'ADMIN'
  ) THEN
    RAISE EXCEPTION 'user administration refused' USING ERRCODE = '42501';
  END IF;
  RETURN app_current_org();
END
$$;

-- For a change to an account: refuses a caller who is not ADMIN here; then
-- 'not-found' unless the user is a member of the current organisation,
-- 'shared' when she is also a member of another one, else 'ok'.
CREATE OR REPLACE FUNCTION app_user_admin_reach(p_user uuid) RETURNS text
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_org uuid := app_require_user_admin();
BEGIN
  RETURN CASE
    WHEN NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = p_user AND m."orgId" = v_org) THEN 'not-found'
    WHEN EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = p_user AND m."orgId" <> v_org) THEN 'shared'
    ELSE 'ok'
  END;
END
$$;

-- A new user (no password yet) with one membership here, or, for an e-mail
-- already in use, 'exists' and nothing changes: an administrator does not
-- attach another organisation's account to her own (ADR 0033).
CREATE OR REPLACE FUNCTION app_admin_create_user(p_email text, p_name text, p_role "Role") RETURNS uuid
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_org uuid := app_require_user_admin();
  v_user uuid;
BEGIN
  INSERT INTO "User" (id, email, name) VALUES (gen_random_uuid(), p_email, p_name)
    ON CONFLICT (email) DO NOTHING RETURNING id INTO v_user;
  IF v_user IS NULL THEN RETURN NULL; END IF;
  INSERT INTO "Membership" (id, "userId", "orgId", role) VALUES (gen_random_uuid(), v_user, v_org, p_role);
  RETURN v_user;
END
$$;

-- The user's role in the current organisation.
CREATE OR REPLACE FUNCTION app_admin_set_role(p_user uuid, p_role "Role") RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_org uuid := app_require_user_admin();
  v_before text;
BEGIN
  SELECT role::text INTO v_before FROM "Membership" WHERE "userId" = p_user AND "orgId" = v_org FOR UPDATE;
  IF v_before IS NULL THEN RETURN 'not-found'; END IF;
  UPDATE "Membership" SET role = p_role WHERE "userId" = p_user AND "orgId" = v_org;
  RETURN v_before;
END
$$;

-- Removes the user's membership of the current organisation; her sessions
-- there end on their next request (session-check.ts re-reads the membership).
CREATE OR REPLACE FUNCTION app_admin_remove_membership(p_user uuid) RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_org uuid := app_require_user_admin();
  v_before text;
BEGIN
  DELETE FROM "Membership" WHERE "userId" = p_user AND "orgId" = v_org RETURNING role::text INTO v_before;
  RETURN COALESCE(v_before, 'not-found');
END
$$;

-- Deactivates (or reactivates) an account used only here. Deactivation ends
-- every session at once: the session version moves and every session row ends.
CREATE OR REPLACE FUNCTION app_admin_set_active(p_user uuid, p_active boolean) RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_reach text := app_user_admin_reach(p_user);
BEGIN
  IF v_reach <> 'ok' THEN RETURN v_reach; END IF;
  IF p_active THEN
    UPDATE "User" SET "deactivatedAt" = NULL, "failedLoginCount" = 0, "lockedUntil" = NULL WHERE id = p_user;
  ELSE
    UPDATE "User" SET "deactivatedAt" = now(), "sessionVersion" = "sessionVersion" + 1 WHERE id = p_user;
    UPDATE "UserSession" SET "endedAt" = now() WHERE "userId" = p_user AND "endedAt" IS NULL;
  END IF;
  RETURN 'ok';
END
$$;

-- A one-time set-password link (the app keeps the token, the database its
-- SHA-256). Earlier unused links of the user stop working.
CREATE OR REPLACE FUNCTION app_admin_password_link(p_user uuid, p_token_hash text, p_expires timestamptz) RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_reach text := app_user_admin_reach(p_user);
BEGIN
  IF v_reach <> 'ok' THEN RETURN v_reach; END IF;
  UPDATE "PasswordToken" SET "usedAt" = now() WHERE "userId" = p_user AND "usedAt" IS NULL;
  INSERT INTO "PasswordToken" (id, "userId", "tokenHash", "expiresAt", "createdById")
    VALUES (gen_random_uuid(), p_user, p_token_hash, p_expires, app_current_user());
  RETURN 'ok';
END
$$;

-- Removes the user's TOTP and recovery codes; she enrols again with a new
-- set-password link or on her own page.
CREATE OR REPLACE FUNCTION app_admin_reset_totp(p_user uuid) RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_reach text := app_user_admin_reach(p_user);
BEGIN
  IF v_reach <> 'ok' THEN RETURN v_reach; END IF;
  UPDATE "User" SET "totpSecret" = NULL, "totpEnabledAt" = NULL, "totpLastStep" = NULL WHERE id = p_user;
  DELETE FROM "RecoveryCode" WHERE "userId" = p_user;
  RETURN 'ok';
END
$$;

REVOKE ALL ON FUNCTION app_require_user_admin() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_user_admin_reach(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_admin_create_user(text, text, "Role") FROM PUBLIC;
REVOKE ALL ON FUNCTION app_admin_set_role(uuid, "Role") FROM PUBLIC;
REVOKE ALL ON FUNCTION app_admin_remove_membership(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_admin_set_active(uuid, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_admin_password_link(uuid, text, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_admin_reset_totp(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_admin_create_user(text, text, "Role") TO app_runtime;
GRANT EXECUTE ON FUNCTION app_admin_set_role(uuid, "Role") TO app_runtime;
GRANT EXECUTE ON FUNCTION app_admin_remove_membership(uuid) TO app_runtime;
GRANT EXECUTE ON FUNCTION app_admin_set_active(uuid, boolean) TO app_runtime;
GRANT EXECUTE ON FUNCTION app_admin_password_link(uuid, text, timestamptz) TO app_runtime;
GRANT EXECUTE ON FUNCTION app_admin_reset_totp(uuid) TO app_runtime;

-- Whether an account is active and has TOTP: the administrator's user list
-- shows both. Never the secret, the hashes, the lockout or the session state.
GRANT SELECT ("deactivatedAt", "totpEnabledAt") ON "User" TO app_runtime;

-- A user sees her own sessions and ends them one by one; nobody else sees them.
ALTER TABLE "UserSession" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "UserSession" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS user_session_read ON "UserSession";
CREATE POLICY user_session_read ON "UserSession" FOR SELECT TO app_runtime
  USING ("userId" = (SELECT app_current_user()));
DROP POLICY IF EXISTS user_session_end ON "UserSession";
CREATE POLICY user_session_end ON "UserSession" FOR UPDATE TO app_runtime
  USING ("userId" = (SELECT app_current_user())) WITH CHECK ("userId" = (SELECT app_current_user()));
GRANT SELECT ("id", "userId", "userAgent", "createdAt", "lastSeenAt", "endedAt") ON "UserSession" TO app_runtime;
GRANT UPDATE ("endedAt") ON "UserSession" TO app_runtime;

-- Set-password tokens, recovery codes and single sign-on links: no grant at all. Sign-in and the
-- set-password page read them on the system path (before any session).
ALTER TABLE "PasswordToken" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PasswordToken" FORCE ROW LEVEL SECURITY;
ALTER TABLE "RecoveryCode" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RecoveryCode" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ExternalIdentity" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ExternalIdentity" FORCE ROW LEVEL SECURITY;

-- ===========================================================================
-- prisma/sql/policies/20-cases.sql
-- ===========================================================================
-- The case file and what belongs to the case itself (ADR 0002, 0010).

ALTER TABLE "CaseFile" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CaseFile" FORCE ROW LEVEL SECURITY;
-- The list's hot path: the first test is an index key, the second one probe
-- of the (caseId, orgId) index, under participant_read, whose first test is
-- true for the organisation's own participation (no function call).
CREATE POLICY case_read ON "CaseFile" FOR SELECT TO app_runtime
  USING ("responsibleOrgId" = (SELECT app_current_org()) OR EXISTS (
    SELECT 1 FROM "CaseParticipant" p
    WHERE p."caseId" = "CaseFile".id AND p."orgId" = (SELECT app_current_org()) AND p."until" IS NULL));
CREATE POLICY case_insert ON "CaseFile" FOR INSERT TO app_runtime
  WITH CHECK ("responsibleOrgId" = (SELECT app_current_org()));
CREATE POLICY case_update ON "CaseFile" FOR UPDATE TO app_runtime
  USING ("responsibleOrgId" = (SELECT app_current_org())) WITH CHECK ("responsibleOrgId" = (SELECT app_current_org()));
GRANT SELECT, INSERT ON "CaseFile" TO app_runtime;
-- A new case draws its sagsnummer.
GRANT USAGE ON SEQUENCE "CaseFile_caseNumber_seq" TO app_runtime;
GRANT UPDATE ("stage", "closedAt", "termin", "coordinatorOrgId", "coordinatorUserId", "caseworkerUserId", "updatedAt") ON "CaseFile" TO app_runtime;

ALTER TABLE "StageTransition" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "StageTransition" FORCE ROW LEVEL SECURITY;
CREATE POLICY transition_read ON "StageTransition" FOR SELECT TO app_runtime USING (app_case_visible("caseId"));
CREATE POLICY transition_insert ON "StageTransition" FOR INSERT TO app_runtime
  WITH CHECK ("orgId" = (SELECT app_current_org()) AND "byUserId" = (SELECT app_current_user())
    AND app_case_responsible("caseId"));
GRANT SELECT, INSERT ON "StageTransition" TO app_runtime;

ALTER TABLE "CaseParticipant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CaseParticipant" FORCE ROW LEVEL SECURITY;
-- The organisation's own current participation, or any participant of a
-- case it sees.
CREATE POLICY participant_read ON "CaseParticipant" FOR SELECT TO app_runtime
  USING (("orgId" = (SELECT app_current_org()) AND "until" IS NULL) OR app_case_visible("caseId"));
-- Only the responsible organisation manages who is on its case. One policy
-- per command: a FOR ALL policy would add its test to every read as well.
CREATE POLICY participant_insert ON "CaseParticipant" FOR INSERT TO app_runtime
  WITH CHECK (app_case_responsible("caseId"));
CREATE POLICY participant_update ON "CaseParticipant" FOR UPDATE TO app_runtime
  USING (app_case_responsible("caseId")) WITH CHECK (app_case_responsible("caseId"));
CREATE POLICY participant_delete ON "CaseParticipant" FOR DELETE TO app_runtime
  USING (app_case_responsible("caseId"));
GRANT SELECT, INSERT, UPDATE, DELETE ON "CaseParticipant" TO app_runtime;

ALTER TABLE "CoordinatorAssignment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CoordinatorAssignment" FORCE ROW LEVEL SECURITY;
CREATE POLICY coordinator_read ON "CoordinatorAssignment" FOR SELECT TO app_runtime USING (app_case_visible("caseId"));
CREATE POLICY coordinator_insert ON "CoordinatorAssignment" FOR INSERT TO app_runtime
  WITH CHECK (app_case_responsible("caseId"));
CREATE POLICY coordinator_update ON "CoordinatorAssignment" FOR UPDATE TO app_runtime
  USING (app_case_responsible("caseId")) WITH CHECK (app_case_responsible("caseId"));
GRANT SELECT, INSERT, UPDATE ON "CoordinatorAssignment" TO app_runtime;

-- Each organisation names its own people on a case (issue 9 item 2): a
-- participant its contact person, the tovholder organisation its tovholder.
-- The rows are the responsible organisation's to write (policies above), so
-- these SECURITY DEFINER functions do exactly one thing each: set the person
-- columns of the acting organisation's own current row, to one of its own
-- members (or nobody). They return false when there is no such row or member.
CREATE FUNCTION app_member_name(p_user uuid) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT u.name FROM "User" u JOIN "Membership" m ON m."userId" = u.id
  WHERE u.id = p_user AND m."orgId" = app_current_org()
$$;

CREATE FUNCTION app_set_own_contact(p_case uuid, p_user uuid, p_phone text) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_name text := CASE WHEN p_user IS NULL THEN NULL ELSE app_member_name(p_user) END;
BEGIN
  IF p_user IS NOT NULL AND v_name IS NULL THEN RETURN false; END IF;
  UPDATE "CaseParticipant" SET "contactUserId" = p_user, "contactName" = v_name, "contactPhone" = p_phone
  WHERE "caseId" = p_case AND "orgId" = app_current_org() AND "until" IS NULL;
  RETURN FOUND;
END
$$;

CREATE FUNCTION app_set_coordinator_person(p_case uuid, p_user uuid) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_name text := CASE WHEN p_user IS NULL THEN NULL ELSE app_member_name(p_user) END;
BEGIN
  IF p_user IS NOT NULL AND v_name IS NULL THEN RETURN false; END IF;
  UPDATE "CaseFile" SET "coordinatorUserId" = p_user
  WHERE id = p_case AND "coordinatorOrgId" = app_current_org() AND "mergedIntoCaseId" IS NULL;
  IF NOT FOUND THEN RETURN false; END IF;
  UPDATE "CoordinatorAssignment" SET "userId" = p_user, "userName" = v_name
  WHERE "caseId" = p_case AND "orgId" = app_current_org() AND "toAt" IS NULL;
  RETURN true;
END
$$;
REVOKE ALL ON FUNCTION app_member_name(uuid), app_set_own_contact(uuid, uuid, text), app_set_coordinator_person(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_member_name(uuid), app_set_own_contact(uuid, uuid, text), app_set_coordinator_person(uuid, uuid) TO app_runtime;

-- The case list's participating branch walks (orgId, caseUpdatedAt, caseId):
-- each participation carries its case's updatedAt, copied on insert and kept
-- when the case changes. SECURITY DEFINER: a participant's row is the
-- responsible organisation's to write, but any change to the case moves it.
CREATE FUNCTION app_participant_copy_case_updated() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  NEW."caseUpdatedAt" := coalesce((SELECT c."updatedAt" FROM "CaseFile" c WHERE c.id = NEW."caseId"), NEW."caseUpdatedAt");
  RETURN NEW;
END
$$;
CREATE TRIGGER participant_copy_case_updated BEFORE INSERT ON "CaseParticipant"
  FOR EACH ROW EXECUTE FUNCTION app_participant_copy_case_updated();

CREATE FUNCTION app_case_updated_to_participants() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  UPDATE "CaseParticipant" SET "caseUpdatedAt" = NEW."updatedAt" WHERE "caseId" = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER case_updated_to_participants AFTER UPDATE OF "updatedAt" ON "CaseFile"
  FOR EACH ROW WHEN (NEW."updatedAt" IS DISTINCT FROM OLD."updatedAt")
  EXECUTE FUNCTION app_case_updated_to_participants();

-- ===========================================================================
-- prisma/sql/policies/30-persons.sql
-- ===========================================================================
-- Stamdata: name and CPR (ADR 0006), authored by the responsible organisation.
-- Readable by the registering organisation, the responsible organisation, and
-- a participant under a live STAMDATA basis granted by the responsible
-- organisation (or the citizen's consent).


ALTER TABLE "Person" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Person" FORCE ROW LEVEL SECURITY;
-- The direct column test first (and on INSERT ... RETURNING the only one that
-- can see the new row). Then the person's cases, under case_read (so only
-- cases the organisation sees), by the subjectId index: responsible for one,
-- or a live STAMDATA basis on one from its responsible organisation or the
-- citizen's consent. Plain correlated look-ups, so a name search probes
-- indexes per person instead of calling a function per person.
CREATE POLICY person_read ON "Person" FOR SELECT TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org()) OR EXISTS (
    SELECT 1 FROM "CaseFile" c
    WHERE c."subjectId" = "Person".id
      AND (c."responsibleOrgId" = (SELECT app_current_org()) OR EXISTS (
        SELECT 1 FROM "SharingBasis" b
        WHERE b."caseId" = c.id
          AND b."recipientOrgId" = (SELECT app_current_org())
          AND b.category = 'STAMDATA'
          AND b."revokedAt" IS NULL
          AND b."validFrom" <= now()
          AND (b."validTo" IS NULL OR b."validTo" > now())
          AND (b.kind = 'CONSENT' OR b."grantedByOrgId" = c."responsibleOrgId")))));
CREATE POLICY person_insert ON "Person" FOR INSERT TO app_runtime
  WITH CHECK ("ownerOrgId" = (SELECT app_current_org()));
CREATE POLICY person_update ON "Person" FOR UPDATE TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org())) WITH CHECK ("ownerOrgId" = (SELECT app_current_org()));
GRANT SELECT, INSERT ON "Person" TO app_runtime;
GRANT UPDATE ("firstName", "lastName", "birthDate", "isUnborn", "cprCiphertext", "cprBlindIndex", "termin") ON "Person" TO app_runtime;

-- Stamdata history (ADR 0017): the responsible organisation's record of its
-- own corrections (CPR added or changed, name, termin) and merges. It wrote
-- every row, so it alone reads them; it never holds a CPR. Only ever added to.
ALTER TABLE "StamdataChange" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "StamdataChange" FORCE ROW LEVEL SECURITY;
CREATE POLICY stamdata_change_read ON "StamdataChange" FOR SELECT TO app_runtime
  USING ("orgId" = (SELECT app_current_org()));
CREATE POLICY stamdata_change_insert ON "StamdataChange" FOR INSERT TO app_runtime
  WITH CHECK ("orgId" = (SELECT app_current_org()) AND "byUserId" = (SELECT app_current_user())
    AND app_case_responsible("caseId"));
GRANT SELECT, INSERT ON "StamdataChange" TO app_runtime;

-- ===========================================================================
-- prisma/sql/policies/40-records.sql
-- ===========================================================================
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

-- ===========================================================================
-- prisma/sql/policies/50-sharing.sql
-- ===========================================================================
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

-- ===========================================================================
-- prisma/sql/policies/55-case-merge.sql
-- ===========================================================================
-- Merging two cases of one citizen (ADR 0017): the case registered without a
-- CPR ("from") merges into the case of the person who holds the CPR ("into").
--
-- SECURITY DEFINER because the move touches rows the responsible
-- organisation may not update itself (notes and reports are insert-only, a
-- partner's note may not even be readable to it) and must move them all or
-- none. It moves nothing but the case id of the from-case's records, copies
-- its current participants that the into-case lacks, closes the from-case
-- with a pointer to the into-case, and links its person to the into-case's
-- person. Nothing is deleted; stage transitions, coordinator history,
-- disclosures and audit rows stay on the from-case as they were. It checks
-- for itself that the acting organisation is responsible for both open,
-- unmerged cases of the same kind; the app checks the same first and gives
-- the Danish reason (lib/stamdata/merge.ts).
CREATE FUNCTION app_merge_case(p_from uuid, p_into uuid) RETURNS jsonb
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_org uuid := app_current_org();
  v_from "CaseFile"%ROWTYPE;
  v_into "CaseFile"%ROWTYPE;
  v_row "CaseFile"%ROWTYPE;
  v_counts jsonb := '{}'::jsonb;
  v_n integer;
BEGIN
  -- Lock both cases in id order, so two merges of the same pair cannot deadlock.
  FOR v_row IN SELECT * FROM "CaseFile" WHERE id IN (p_from, p_into) ORDER BY id FOR UPDATE LOOP
    IF v_row.id = p_from THEN v_from := v_row; ELSE v_into := v_row; END IF;
  END LOOP;
  IF v_org IS NULL OR app_current_user() IS NULL OR p_from = p_into OR v_from.id IS NULL OR v_into.id IS NULL
     OR v_from."responsibleOrgId" <> v_org OR v_into."responsibleOrgId" <> v_org
     OR v_from."closedAt" IS NOT NULL OR v_into."closedAt" IS NOT NULL
     OR v_from."mergedIntoCaseId" IS NOT NULL OR v_into."mergedIntoCaseId" IS NOT NULL
     OR v_from.kind <> v_into.kind THEN
    RAISE EXCEPTION 'case merge refused' USING ERRCODE = '42501';
  END IF;

  UPDATE "Note" SET "caseId" = p_into WHERE "caseId" = p_from;
  GET DIAGNOSTICS v_n = ROW_COUNT; v_counts := v_counts || jsonb_build_object('notes', v_n);
  UPDATE "ConcernReport" SET "caseId" = p_into WHERE "caseId" = p_from;
  GET DIAGNOSTICS v_n = ROW_COUNT; v_counts := v_counts || jsonb_build_object('reports', v_n);
  UPDATE "Consent" SET "caseId" = p_into WHERE "caseId" = p_from;
  GET DIAGNOSTICS v_n = ROW_COUNT; v_counts := v_counts || jsonb_build_object('consents', v_n);
  UPDATE "SharingBasis" SET "caseId" = p_into WHERE "caseId" = p_from;
  GET DIAGNOSTICS v_n = ROW_COUNT; v_counts := v_counts || jsonb_build_object('bases', v_n);
  UPDATE "Deadline" SET "caseId" = p_into WHERE "caseId" = p_from;
  GET DIAGNOSTICS v_n = ROW_COUNT; v_counts := v_counts || jsonb_build_object('deadlines', v_n);
  UPDATE "Task" SET "caseId" = p_into WHERE "caseId" = p_from;
  GET DIAGNOSTICS v_n = ROW_COUNT; v_counts := v_counts || jsonb_build_object('tasks', v_n);
  UPDATE "CaseFile" SET "motherCaseId" = p_into WHERE "motherCaseId" = p_from;
  GET DIAGNOSTICS v_n = ROW_COUNT; v_counts := v_counts || jsonb_build_object('childCases', v_n);

  -- Participants: the from-case's current ones join the into-case unless
  -- already there (one row per organisation); an ended participation there
  -- starts again. The from-case keeps its rows, so they still find the link.
  INSERT INTO "CaseParticipant" (id, "caseId", "orgId", "roleOnCase", "contactName", "contactPhone", "contactEmail",
      "emergencyContact", since, "addedByUserId")
    SELECT gen_random_uuid(), p_into, p."orgId", p."roleOnCase", p."contactName", p."contactPhone", p."contactEmail",
      p."emergencyContact", p.since, p."addedByUserId"
    FROM "CaseParticipant" p
    WHERE p."caseId" = p_from AND p."until" IS NULL AND p."orgId" <> v_into."responsibleOrgId"
  ON CONFLICT ("caseId", "orgId") DO UPDATE SET "until" = NULL WHERE "CaseParticipant"."until" IS NOT NULL;
  GET DIAGNOSTICS v_n = ROW_COUNT; v_counts := v_counts || jsonb_build_object('participants', v_n);

  IF v_from."subjectId" <> v_into."subjectId" THEN
    UPDATE "Person" SET "mergedIntoId" = v_into."subjectId" WHERE id = v_from."subjectId";
    UPDATE "Person" SET "motherId" = v_into."subjectId" WHERE "motherId" = v_from."subjectId";
  END IF;
  UPDATE "CaseFile" SET "mergedIntoCaseId" = p_into, stage = 'AFSLUTTET', "closedAt" = now(), "updatedAt" = now()
    WHERE id = p_from;
  -- A termin known only on the from-case fills the gap, never overwrites.
  UPDATE "CaseFile" SET termin = coalesce(termin, v_from.termin), "updatedAt" = now() WHERE id = p_into;
  RETURN v_counts;
END
$$;
REVOKE ALL ON FUNCTION app_merge_case(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_merge_case(uuid, uuid) TO app_runtime;

-- ===========================================================================
-- prisma/sql/policies/60-audit.sql
-- ===========================================================================
-- The audit log: insert-only for requests, sealed into a hash chain by a
-- background job (ADR 0004, 0011). Requests never wait for each other: there
-- is no shared row to lock on the request path.

ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
-- An organisation reads its own users' events, and the responsible
-- organisation reads every event on its cases ("Hvem har set sagen").
CREATE POLICY audit_read ON "AuditEvent" FOR SELECT TO app_runtime
  USING ("orgId" = (SELECT app_current_org()) OR app_case_responsible("caseId"));
-- Log rows only about cases the writer can see, in its own name.
CREATE POLICY audit_insert ON "AuditEvent" FOR INSERT TO app_runtime
  WITH CHECK ("orgId" = (SELECT app_current_org()) AND "userId" = (SELECT app_current_user())
    AND ("caseId" IS NULL OR app_case_visible("caseId")));
GRANT SELECT ON "AuditEvent" TO app_runtime;
-- The chain columns are the sealer's, never a request's.
GRANT INSERT ("at", "userId", "actorName", "orgId", "orgName", "action", "entityType", "entityId",
  "caseId", "personId", "details", "requestId") ON "AuditEvent" TO app_runtime;
GRANT USAGE ON SEQUENCE "AuditEvent_id_seq" TO app_runtime;

-- The digest covers every column of the row (as JSON, so a column added later
-- is covered too: absent and NULL hash alike, so old rows keep their digest)
-- except the hash itself. UTC: the JSON form of a timestamp follows TimeZone.
CREATE FUNCTION audit_row_digest(prev text, e "AuditEvent") RETURNS text
  LANGUAGE sql STABLE SET "TimeZone" TO 'UTC' AS
$$
  SELECT encode(sha256(convert_to(
    prev || '|' || jsonb_strip_nulls(to_jsonb(e) - 'hash' - 'prevHash')::text, 'UTF8')), 'hex')
$$;

-- Seals up to p_max committed rows into the chain, oldest first. It picks
-- rows by "not sealed yet", never by a high-water mark: a row whose
-- transaction commits after a run (its id lower than rows already sealed) is
-- sealed by the next run, so none is skipped. The chain's order is the order
-- of sealing. One sealer at a time (the head row lock): sealers wait for each
-- other, requests never do.
CREATE FUNCTION audit_seal(p_max integer) RETURNS integer
  LANGUAGE plpgsql SET search_path = public, pg_temp AS
$$
DECLARE
  head audit_chain_head%ROWTYPE;
  r "AuditEvent";
  sealed integer := 0;
BEGIN
  SELECT * INTO head FROM audit_chain_head WHERE id FOR UPDATE;
  FOR r IN
    SELECT * FROM "AuditEvent" e
    WHERE e."chainSeq" IS NULL
    ORDER BY e.id
    LIMIT p_max
    FOR UPDATE
  LOOP
    r."chainSeq" := head.seq + 1;
    r."prevHash" := head.hash;
    r.hash := audit_row_digest(head.hash, r);
    -- "at" too: it names the row's partition (ADR 0013), so only that one is searched.
    UPDATE "AuditEvent" SET "chainSeq" = r."chainSeq", "prevHash" = r."prevHash", hash = r.hash
    WHERE id = r.id AND "at" = r."at";
    head.seq := r."chainSeq";
    head.hash := r.hash;
    sealed := sealed + 1;
  END LOOP;
  UPDATE audit_chain_head SET seq = head.seq, hash = head.hash WHERE id;
  RETURN sealed;
END
$$;
REVOKE ALL ON FUNCTION audit_seal(integer) FROM PUBLIC;

-- Rows that break the chain (empty result = intact). Run as the owner.
-- A changed column breaks the row's hash, a removed row leaves a gap (or, at
-- the end, a head pointing past the last row), an inserted row a gap, a
-- duplicate or a hash that does not chain. A range that retention dropped
-- with its partition (audit_dropped_range, ADR 0013) is one link standing
-- for its rows: it accounts for their numbers and carries its last row's
-- hash on, so the rows after it still chain. Only the ranges retention
-- recorded are forgiven; any other missing row is still a gap.
CREATE FUNCTION audit_verify_chain() RETURNS TABLE ("chainSeq" bigint, problem text)
  LANGUAGE sql STABLE AS
$$
  WITH links AS (
    SELECT e."chainSeq" AS first_seq, e."chainSeq" AS last_seq, e.hash AS out_hash, true AS is_row, e
    FROM "AuditEvent" e WHERE e."chainSeq" IS NOT NULL
    UNION ALL
    SELECT d.first_seq, d.last_seq, d.last_hash, false, NULL FROM audit_dropped_range d
  ),
  ordered AS (
    SELECT l.*, lag(l.out_hash, 1, repeat('0', 64)) OVER w AS expected_prev,
           lag(l.last_seq, 1, 0::bigint) OVER w AS previous_seq
    FROM links l WINDOW w AS (ORDER BY l.first_seq)
  )
  SELECT first_seq, 'missing row before this one' FROM ordered WHERE first_seq IS DISTINCT FROM previous_seq + 1
  UNION ALL
  SELECT first_seq, 'prevHash does not match the previous row' FROM ordered
  WHERE is_row AND (e)."prevHash" IS DISTINCT FROM expected_prev
  UNION ALL
  SELECT first_seq, 'row content does not match its hash' FROM ordered
  WHERE is_row AND (e).hash IS DISTINCT FROM audit_row_digest((e)."prevHash", e)
  UNION ALL
  SELECT h.seq, 'chain head does not match the last row' FROM audit_chain_head h
  -- The last link from the indexes, not from `links`: read once, `links` is inlined, not copied.
  LEFT JOIN LATERAL (
    SELECT x.last_seq, x.out_hash FROM (
      (SELECT a."chainSeq" AS last_seq, a.hash AS out_hash FROM "AuditEvent" a
       WHERE a."chainSeq" IS NOT NULL ORDER BY a."chainSeq" DESC LIMIT 1)
      UNION ALL
      (SELECT d.last_seq, d.last_hash FROM audit_dropped_range d ORDER BY d.last_seq DESC LIMIT 1)
    ) x ORDER BY x.last_seq DESC LIMIT 1
  ) last ON true
  WHERE h.seq <> coalesce(last.last_seq, 0) OR h.hash <> coalesce(last.out_hash, repeat('0', 64))
  ORDER BY 1
$$;

-- ===========================================================================
-- prisma/sql/policies/65-audit-partitions.sql
-- ===========================================================================
-- The audit log by month (ADR 0013): "AuditEvent" is partitioned by RANGE on
-- "at", one partition per calendar month in UTC, named AuditEvent_YYYY_MM.
-- Requests insert into the parent only: a partition has no grant to the
-- runtime role (so it can neither read one directly, past the parent's
-- policies, nor change one), and only the owner, who owns the parent, can
-- create, detach or drop partitions. Both functions are the owner's (the
-- audit-partitions and audit-retention jobs, lib/jobs/).

-- Creates the month partitions from p_from's month to p_to's month that do
-- not exist yet; returns how many it created. Idempotent, and safe to run
-- from several places at once (the transaction-scoped advisory lock). Adding
-- a partition locks the parent briefly: lock_timeout makes it give up, and
-- the job retry, instead of queueing every audited request behind a long
-- transaction.
CREATE FUNCTION audit_ensure_partitions(p_from timestamptz, p_to timestamptz) RETURNS integer
  LANGUAGE plpgsql SET search_path = public, pg_temp SET "TimeZone" TO 'UTC' SET lock_timeout TO '5s' AS
$$
DECLARE
  m timestamptz := date_trunc('month', p_from);
  name text;
  created integer := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('audit_ensure_partitions'));
  WHILE m <= p_to LOOP
    name := 'AuditEvent_' || to_char(m, 'YYYY_MM');
    IF to_regclass(format('public.%I', name)) IS NULL THEN
      EXECUTE format('CREATE TABLE public.%I PARTITION OF "AuditEvent" FOR VALUES FROM (%L) TO (%L)',
        name, m, m + interval '1 month');
      created := created + 1;
    END IF;
    m := m + interval '1 month';
  END LOOP;
  RETURN created;
END
$$;
REVOKE ALL ON FUNCTION audit_ensure_partitions(timestamptz, timestamptz) FROM PUBLIC;

-- Retention: drops every partition whose whole month ended more than
-- p_keep_months months before this month began, so a row is kept at least
-- p_keep_months full months. Rows are never deleted one by one. Before a
-- partition goes, its chain numbers are recorded as runs in
-- audit_dropped_range, with each run's last hash, so audit_verify_chain()
-- still proves what remains, and the drop itself is an audit row (the
-- system actor, lib/audit/write.ts SYSTEM_ACTOR_NAME), sealed like any
-- other. A partition with unsealed rows waits for the sealer (skipped this
-- time). Runs under the chain head's lock, so no sealer moves the chain
-- meanwhile. Returns the partitions dropped and their row counts.
CREATE FUNCTION audit_drop_partitions(p_keep_months integer, p_request_id text DEFAULT NULL)
  RETURNS TABLE (dropped text, row_count bigint)
  LANGUAGE plpgsql SET search_path = public, pg_temp SET "TimeZone" TO 'UTC' SET lock_timeout TO '5s' AS
$$
DECLARE
  cutoff timestamptz;
  p record;
  n bigint;
  unsealed bigint;
  first_seq bigint;
  last_seq bigint;
BEGIN
  IF p_keep_months IS NULL OR p_keep_months < 1 THEN
    RAISE EXCEPTION 'audit_drop_partitions: keep at least one month, not %', p_keep_months;
  END IF;
  cutoff := date_trunc('month', now()) - make_interval(months => p_keep_months);
  PERFORM 1 FROM audit_chain_head WHERE id FOR UPDATE;
  FOR p IN
    SELECT c.oid::regclass AS rel, c.relname::text AS relname, b.lower, b.upper
    FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    CROSS JOIN LATERAL (
      SELECT (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'FROM \(''([^'']+)''\)'))[1]::timestamptz AS lower,
             (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \(''([^'']+)''\)'))[1]::timestamptz AS upper
    ) b
    WHERE i.inhparent = '"AuditEvent"'::regclass AND b.upper <= cutoff
    ORDER BY b.upper
  LOOP
    EXECUTE format('SELECT count(*), count(*) FILTER (WHERE "chainSeq" IS NULL), min("chainSeq"), max("chainSeq") FROM %s', p.rel)
      INTO n, unsealed, first_seq, last_seq;
    IF unsealed > 0 THEN
      RAISE NOTICE 'audit_drop_partitions: % has % unsealed rows, kept until they are sealed', p.relname, unsealed;
      CONTINUE;
    END IF;
    -- Gaps and islands: consecutive numbers share chainSeq - row_number().
    EXECUTE format($q$
      INSERT INTO audit_dropped_range (first_seq, last_seq, last_hash, partition_name)
      SELECT min(seq), max(seq), (array_agg(hash ORDER BY seq DESC))[1], %L
      FROM (SELECT "chainSeq" AS seq, hash, "chainSeq" - row_number() OVER (ORDER BY "chainSeq") AS island FROM %s) r
      GROUP BY island$q$, p.relname, p.rel);
    INSERT INTO "AuditEvent" ("actorName", action, "entityType", "entityId", details, "requestId")
    VALUES ('System', 'audit.partition-drop', 'AuditEvent', p.relname,
      jsonb_build_object('partition', p.relname, 'from', p.lower, 'to', p.upper, 'rows', n,
        'keepMonths', p_keep_months, 'firstChainSeq', first_seq, 'lastChainSeq', last_seq),
      p_request_id);
    EXECUTE format('DROP TABLE %s', p.rel);
    dropped := p.relname;
    row_count := n;
    RETURN NEXT;
  END LOOP;
END
$$;
REVOKE ALL ON FUNCTION audit_drop_partitions(integer, text) FROM PUBLIC;

-- ===========================================================================
-- prisma/sql/policies/70-meetings.sql
-- ===========================================================================
-- Netværks- og koordinationsmøder (ADR 0024).
--
-- A meeting's existence, time, place and invitee list are visible to the
-- convening organisation and to every invited organisation on the case: they
-- need to turn up. What is said at it (agenda, referat, addenda) is a MOEDER
-- record of the convener, under THE record rule of 40-records.sql:
-- app_has_live_basis. lib/access/case-scope.ts (meetings(), meetingRecords())
-- states the same for app queries.

-- The acting organisation convened the meeting or is invited to it, and is on
-- the case now. SECURITY DEFINER: the invitee list is read to decide who may
-- read the invitee list.
CREATE FUNCTION app_meeting_visible(p_meeting uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT EXISTS (
    SELECT 1 FROM "Meeting" m
    WHERE m.id = p_meeting AND app_case_visible(m."caseId")
      AND (m."conveningOrgId" = app_current_org() OR EXISTS (
        SELECT 1 FROM "MeetingInvitee" i WHERE i."meetingId" = m.id AND i."orgId" = app_current_org()))
  )
$$;

CREATE FUNCTION app_meeting_convened(p_meeting uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT EXISTS (
    SELECT 1 FROM "Meeting" m
    WHERE m.id = p_meeting AND m."conveningOrgId" = app_current_org() AND app_case_visible(m."caseId")
  )
$$;

ALTER TABLE "Meeting" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Meeting" FORCE ROW LEVEL SECURITY;
CREATE POLICY meeting_read ON "Meeting" FOR SELECT TO app_runtime
  USING (("conveningOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId")) OR app_meeting_visible(id));
CREATE POLICY meeting_insert ON "Meeting" FOR INSERT TO app_runtime
  WITH CHECK ("conveningOrgId" = (SELECT app_current_org()) AND "createdByUserId" = (SELECT app_current_user())
    AND app_case_visible("caseId"));
CREATE POLICY meeting_update ON "Meeting" FOR UPDATE TO app_runtime
  USING ("conveningOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId"))
  WITH CHECK ("conveningOrgId" = (SELECT app_current_org()));
GRANT SELECT, INSERT ON "Meeting" TO app_runtime;
-- Moved or cancelled, never rewritten otherwise, never deleted.
GRANT UPDATE ("startsAt", "endsAt", "place", "videoUrl", "status", "sequence", "cancelledAt", "cancelReason", "updatedAt")
  ON "Meeting" TO app_runtime;
-- Integrity Prisma cannot state; dropped first so this file can be re-run.
ALTER TABLE "Meeting" DROP CONSTRAINT IF EXISTS meeting_ends_after_start;
ALTER TABLE "Meeting" ADD CONSTRAINT meeting_ends_after_start CHECK ("endsAt" > "startsAt");
ALTER TABLE "Meeting" DROP CONSTRAINT IF EXISTS meeting_video_https;
ALTER TABLE "Meeting" ADD CONSTRAINT meeting_video_https CHECK ("videoUrl" IS NULL OR "videoUrl" LIKE 'https://%');

ALTER TABLE "MeetingInvitee" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MeetingInvitee" FORCE ROW LEVEL SECURITY;
CREATE POLICY invitee_read ON "MeetingInvitee" FOR SELECT TO app_runtime
  USING (app_meeting_visible("meetingId"));
-- The convener invites, only organisations on the case (a professional's
-- organisation must take part in the case).
CREATE POLICY invitee_insert ON "MeetingInvitee" FOR INSERT TO app_runtime
  WITH CHECK (app_meeting_convened("meetingId")
    AND ("orgId" IS NULL OR EXISTS (
      SELECT 1 FROM "Meeting" m JOIN "CaseFile" c ON c.id = m."caseId"
      WHERE m.id = "meetingId" AND m."caseId" = "MeetingInvitee"."caseId"
        AND (c."responsibleOrgId" = "MeetingInvitee"."orgId" OR EXISTS (
          SELECT 1 FROM "CaseParticipant" p WHERE p."caseId" = c.id AND p."orgId" = "MeetingInvitee"."orgId" AND p."until" IS NULL)))));
-- The invited professional answers; the convener records attendance.
CREATE POLICY invitee_update ON "MeetingInvitee" FOR UPDATE TO app_runtime
  USING ("userId" = (SELECT app_current_user()) OR app_meeting_convened("meetingId"))
  WITH CHECK ("userId" = (SELECT app_current_user()) OR app_meeting_convened("meetingId"));
GRANT SELECT, INSERT ON "MeetingInvitee" TO app_runtime;
GRANT UPDATE ("response", "proxyName", "respondedAt", "attendance") ON "MeetingInvitee" TO app_runtime;

ALTER TABLE "MeetingChange" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MeetingChange" FORCE ROW LEVEL SECURITY;
CREATE POLICY meeting_change_read ON "MeetingChange" FOR SELECT TO app_runtime
  USING (app_meeting_visible("meetingId"));
CREATE POLICY meeting_change_insert ON "MeetingChange" FOR INSERT TO app_runtime
  WITH CHECK ("orgId" = (SELECT app_current_org()) AND app_meeting_convened("meetingId"));
GRANT SELECT, INSERT ON "MeetingChange" TO app_runtime;

ALTER TABLE "MeetingAgenda" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MeetingAgenda" FORCE ROW LEVEL SECURITY;
CREATE POLICY agenda_read ON "MeetingAgenda" FOR SELECT TO app_runtime
  USING ("authorOrgId" = (SELECT app_current_org()) OR app_has_live_basis("caseId", category, "authorOrgId"));
CREATE POLICY agenda_insert ON "MeetingAgenda" FOR INSERT TO app_runtime
  WITH CHECK ("authorOrgId" = (SELECT app_current_org()) AND app_meeting_convened("meetingId"));
CREATE POLICY agenda_update ON "MeetingAgenda" FOR UPDATE TO app_runtime
  USING ("authorOrgId" = (SELECT app_current_org())) WITH CHECK ("authorOrgId" = (SELECT app_current_org()));
GRANT SELECT, INSERT ON "MeetingAgenda" TO app_runtime;
GRANT UPDATE ("text", "prompts") ON "MeetingAgenda" TO app_runtime;

ALTER TABLE "MeetingMinutes" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MeetingMinutes" FORCE ROW LEVEL SECURITY;
-- Others read the referat once approved: a draft is the convener's work in progress (ADR 0025).
CREATE POLICY minutes_read ON "MeetingMinutes" FOR SELECT TO app_runtime
  USING ("authorOrgId" = (SELECT app_current_org())
    OR (status = 'APPROVED' AND app_has_live_basis("caseId", category, "authorOrgId")));
CREATE POLICY minutes_insert ON "MeetingMinutes" FOR INSERT TO app_runtime
  WITH CHECK ("authorOrgId" = (SELECT app_current_org()) AND app_meeting_convened("meetingId"));
CREATE POLICY minutes_update ON "MeetingMinutes" FOR UPDATE TO app_runtime
  USING ("authorOrgId" = (SELECT app_current_org()) AND status = 'DRAFT')
  WITH CHECK ("authorOrgId" = (SELECT app_current_org()));
GRANT SELECT, INSERT ON "MeetingMinutes" TO app_runtime;
GRANT UPDATE ("problem", "conclusion", "plan", "roles", "actions", "nextMeetingOn", "consentId", "status",
  "approvedAt", "approvedByName", "updatedAt") ON "MeetingMinutes" TO app_runtime;

-- An approved referat is immutable, whoever tries (also an owner role):
-- corrections are addenda.
CREATE FUNCTION app_minutes_immutable() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public, pg_temp AS
$$
BEGIN
  IF OLD.status = 'APPROVED' THEN
    RAISE EXCEPTION 'an approved referat cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER minutes_immutable BEFORE UPDATE OR DELETE ON "MeetingMinutes"
  FOR EACH ROW EXECUTE FUNCTION app_minutes_immutable();

ALTER TABLE "MeetingMinutesAddendum" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MeetingMinutesAddendum" FORCE ROW LEVEL SECURITY;
CREATE POLICY addendum_read ON "MeetingMinutesAddendum" FOR SELECT TO app_runtime
  USING ("authorOrgId" = (SELECT app_current_org()) OR app_has_live_basis("caseId", category, "authorOrgId"));
CREATE POLICY addendum_insert ON "MeetingMinutesAddendum" FOR INSERT TO app_runtime
  WITH CHECK ("authorOrgId" = (SELECT app_current_org()) AND "byUserId" = (SELECT app_current_user())
    AND EXISTS (SELECT 1 FROM "MeetingMinutes" mm WHERE mm.id = "minutesId" AND mm.status = 'APPROVED'
      AND mm."authorOrgId" = (SELECT app_current_org())));
GRANT SELECT, INSERT ON "MeetingMinutesAddendum" TO app_runtime;

-- The professionals of the organisations on a case the caller sees: who can
-- be invited by name. Names and roles of staff only, no citizen data; roles
-- that read no cases (ADMIN) are left out.
CREATE FUNCTION app_case_professionals(p_case uuid)
  RETURNS TABLE ("userId" uuid, name text, "orgId" uuid, role "Role")
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT u.id, u.name, m."orgId", m.role
  FROM "Membership" m JOIN "User" u ON u.id = m."userId"
  WHERE app_case_visible(p_case) AND m.role <> 'ADMIN'
    AND m."orgId" IN (
      SELECT c."responsibleOrgId" FROM "CaseFile" c WHERE c.id = p_case
      UNION SELECT p."orgId" FROM "CaseParticipant" p WHERE p."caseId" = p_case AND p."until" IS NULL)
  ORDER BY u.name
$$;
REVOKE ALL ON FUNCTION app_case_professionals(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_case_professionals(uuid) TO app_runtime;

-- The invited users' other meetings in the window, for the scheduling form's
-- conflict line: times only (no case, no type), for users of organisations on
-- a case the caller sees.
CREATE FUNCTION app_user_busy(p_case uuid, p_users uuid[], p_from timestamptz, p_to timestamptz)
  RETURNS TABLE ("userId" uuid, "startsAt" timestamptz, "endsAt" timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT i."userId", m."startsAt", m."endsAt"
  FROM "MeetingInvitee" i JOIN "Meeting" m ON m.id = i."meetingId"
  WHERE app_case_visible(p_case) AND i."userId" = ANY (p_users)
    AND i."userId" IN (SELECT "userId" FROM app_case_professionals(p_case))
    AND m.status = 'PLANNED' AND m."startsAt" < p_to AND m."endsAt" > p_from
  ORDER BY m."startsAt"
$$;
REVOKE ALL ON FUNCTION app_user_busy(uuid, uuid[], timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_user_busy(uuid, uuid[], timestamptz, timestamptz) TO app_runtime;

-- The family's load (seed-samarbejdsaftaler B3.6): meetings on this case in
-- the week and how many different professionals are invited to them.
CREATE FUNCTION app_family_load(p_case uuid, p_from timestamptz, p_to timestamptz)
  RETURNS TABLE (meetings bigint, professionals bigint)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT count(DISTINCT m.id), count(DISTINCT i."userId")
  FROM "Meeting" m LEFT JOIN "MeetingInvitee" i ON i."meetingId" = m.id AND i.kind = 'PROFESSIONAL'
  WHERE app_case_visible(p_case) AND m."caseId" = p_case AND m.status = 'PLANNED'
    AND m."startsAt" >= p_from AND m."startsAt" < p_to
$$;
REVOKE ALL ON FUNCTION app_family_load(uuid, timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_family_load(uuid, timestamptz, timestamptz) TO app_runtime;

ALTER TABLE "CalendarFeed" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CalendarFeed" FORCE ROW LEVEL SECURITY;
CREATE POLICY feed_own ON "CalendarFeed" FOR ALL TO app_runtime
  USING ("userId" = (SELECT app_current_user())) WITH CHECK ("userId" = (SELECT app_current_user()));
GRANT SELECT, INSERT ON "CalendarFeed" TO app_runtime;
GRANT UPDATE ("revokedAt") ON "CalendarFeed" TO app_runtime;

-- The calendar feed is fetched by a calendar program, without a session: the
-- token (its hash) names the user, and the feed lists that user's meetings
-- with type, times, status and sequence only: nothing about the case.
CREATE FUNCTION app_calendar_feed(p_token_hash text)
  RETURNS TABLE (id uuid, type "MeetingType", "startsAt" timestamptz, "endsAt" timestamptz, status "MeetingStatus",
    sequence integer, "updatedAt" timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT m.id, m.type, m."startsAt", m."endsAt", m.status, m.sequence, m."updatedAt"
  FROM "CalendarFeed" f
  JOIN "MeetingInvitee" i ON i."userId" = f."userId"
  JOIN "Meeting" m ON m.id = i."meetingId"
  WHERE f."tokenHash" = p_token_hash AND f."revokedAt" IS NULL
    AND m."startsAt" > now() - interval '90 days'
  ORDER BY m."startsAt"
$$;
CREATE FUNCTION app_calendar_feed_exists(p_token_hash text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM "CalendarFeed" f WHERE f."tokenHash" = p_token_hash AND f."revokedAt" IS NULL) $$;
REVOKE ALL ON FUNCTION app_calendar_feed(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_calendar_feed_exists(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_calendar_feed(text) TO app_runtime;
GRANT EXECUTE ON FUNCTION app_calendar_feed_exists(text) TO app_runtime;

-- An approved referat's actions become tasks of their owner organisations
-- ("Mine opgaver" of the named person). SECURITY DEFINER because a task is
-- its owner organisation's record (task_write), which the convener may not
-- write; it writes nothing but one task per action of an APPROVED referat the
-- caller's organisation authored, for owners on the case, once.
CREATE FUNCTION app_minutes_create_tasks(p_minutes uuid) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  created integer;
BEGIN
  IF EXISTS (SELECT 1 FROM "Task" t WHERE t."sourceKind" = 'MEETING_ACTION' AND t."sourceId" = p_minutes) THEN
    RETURN 0;
  END IF;
  INSERT INTO "Task" (id, "caseId", "orgId", "ownerUserId", title, "dueAt", "sourceKind", "sourceId", category)
  SELECT gen_random_uuid(), mm."caseId", (a->>'ownerOrgId')::uuid, nullif(a->>'ownerUserId', '')::uuid, a->>'title',
    (((a->>'dueOn')::date)::timestamp + interval '23 hours 59 minutes') AT TIME ZONE 'Europe/Copenhagen',
    'MEETING_ACTION', mm.id, 'MOEDER'
  FROM "MeetingMinutes" mm, jsonb_array_elements(mm.actions::jsonb) a
  JOIN "CaseFile" c ON true
  WHERE mm.id = p_minutes AND mm.status = 'APPROVED' AND mm."authorOrgId" = app_current_org()
    AND c.id = mm."caseId"
    AND ((a->>'ownerOrgId')::uuid = c."responsibleOrgId" OR EXISTS (
      SELECT 1 FROM "CaseParticipant" p WHERE p."caseId" = c.id AND p."orgId" = (a->>'ownerOrgId')::uuid AND p."until" IS NULL));
  GET DIAGNOSTICS created = ROW_COUNT;
  RETURN created;
END
$$;
REVOKE ALL ON FUNCTION app_minutes_create_tasks(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_minutes_create_tasks(uuid) TO app_runtime;

-- The meeting an action task came from (sourceId = MeetingMinutes.id), for
-- the task list's link back: the meeting's id only, and only when the caller
-- sees the meeting. SECURITY DEFINER because the task's owner may not read
-- the referat itself (no MOEDER basis) yet is invited to the meeting.
CREATE FUNCTION app_minutes_meeting(p_minutes uuid) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT mm."meetingId" FROM "MeetingMinutes" mm WHERE mm.id = p_minutes AND app_meeting_visible(mm."meetingId")
$$;
REVOKE ALL ON FUNCTION app_minutes_meeting(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_minutes_meeting(uuid) TO app_runtime;
-- For the scheduling form: would the caller's MOEDER records (agenda,
-- referat) be open to each organisation on the case? A live MOEDER consent
-- for it, or a basis the caller granted it. Booleans only: which consent and
-- its purpose stay with the organisations that see them.
CREATE FUNCTION app_moeder_coverage(p_case uuid) RETURNS TABLE ("orgId" uuid, covered boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT o.id, EXISTS (
    SELECT 1 FROM "SharingBasis" b
    WHERE b."caseId" = p_case AND b."recipientOrgId" = o.id AND b.category = 'MOEDER'
      AND b."revokedAt" IS NULL AND b."validFrom" <= now() AND (b."validTo" IS NULL OR b."validTo" > now())
      AND (b.kind = 'CONSENT' OR b."grantedByOrgId" = app_current_org()))
  FROM (
    SELECT c."responsibleOrgId" AS id FROM "CaseFile" c WHERE c.id = p_case
    UNION SELECT p."orgId" FROM "CaseParticipant" p WHERE p."caseId" = p_case AND p."until" IS NULL
  ) o
  WHERE app_case_visible(p_case) AND o.id <> app_current_org()
$$;
REVOKE ALL ON FUNCTION app_moeder_coverage(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_moeder_coverage(uuid) TO app_runtime;

-- ===========================================================================
-- prisma/sql/policies/80-plans.sql
-- ===========================================================================
-- Handleplaner (issue 11, ADR 0027).
--
-- A plan and its versions, goals and contacts are PLAN records of the owning
-- organisation; an intervention is a record of its RESPONSIBLE organisation in
-- its track's category (HELBRED / SOCIALE_FORHOLD / RUSMIDDEL); progress is a
-- record of the organisation that recorded it. Others read them under THE
-- record rule (app_has_live_basis, 40-records.sql), and only once approved:
-- a draft is the owner's work in progress. The responsible organisation
-- always reads its own interventions and the goals they serve ("Min del af
-- planen"). lib/access/case-scope.ts (plans(), planVersions(), ...) states
-- the same for app queries. Re-runnable: every object is dropped first.

-- The organisation is responsible for or takes part in the case now.
CREATE OR REPLACE FUNCTION app_org_on_case(p_case uuid, p_org uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  -- Only about a case the caller sees itself: no lookup of who is on other cases.
  SELECT app_case_visible(p_case) AND (
    EXISTS (SELECT 1 FROM "CaseFile" c WHERE c.id = p_case AND c."responsibleOrgId" = p_org)
    OR EXISTS (SELECT 1 FROM "CaseParticipant" p WHERE p."caseId" = p_case AND p."orgId" = p_org AND p."until" IS NULL))
$$;
REVOKE ALL ON FUNCTION app_org_on_case(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_org_on_case(uuid, uuid) TO app_runtime;

ALTER TABLE "Plan" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Plan" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS plan_read ON "Plan";
CREATE POLICY plan_read ON "Plan" FOR SELECT TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org()) OR app_has_live_basis("caseId", category, "ownerOrgId")
    OR (app_case_visible("caseId") AND EXISTS (
      SELECT 1 FROM "PlanIntervention" i WHERE i."planId" = "Plan".id AND i."responsibleOrgId" = (SELECT app_current_org()))));
DROP POLICY IF EXISTS plan_insert ON "Plan";
CREATE POLICY plan_insert ON "Plan" FOR INSERT TO app_runtime
  WITH CHECK ("ownerOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId"));
GRANT SELECT, INSERT ON "Plan" TO app_runtime;

ALTER TABLE "PlanVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanVersion" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS plan_version_read ON "PlanVersion";
CREATE POLICY plan_version_read ON "PlanVersion" FOR SELECT TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org())
    OR (status = 'GODKENDT' AND app_has_live_basis("caseId", category, "ownerOrgId")));
DROP POLICY IF EXISTS plan_version_insert ON "PlanVersion";
CREATE POLICY plan_version_insert ON "PlanVersion" FOR INSERT TO app_runtime
  WITH CHECK ("ownerOrgId" = (SELECT app_current_org()) AND "createdByUserId" = (SELECT app_current_user())
    AND app_case_visible("caseId")
    AND EXISTS (SELECT 1 FROM "Plan" p WHERE p.id = "planId" AND p."ownerOrgId" = (SELECT app_current_org()) AND p."caseId" = "PlanVersion"."caseId"));
DROP POLICY IF EXISTS plan_version_update ON "PlanVersion";
CREATE POLICY plan_version_update ON "PlanVersion" FOR UPDATE TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId"))
  WITH CHECK ("ownerOrgId" = (SELECT app_current_org()));
GRANT SELECT, INSERT ON "PlanVersion" TO app_runtime;
GRANT UPDATE ("status", "lockVersion", "purpose", "focusPoints", "afterBirthStay", "afterBirthFeeding", "afterBirthDischarge",
  "updatedByName", "updatedAt", "submittedAt", "submittedByUserId", "approvedAt", "approvedByName", "approvalComment",
  "returnedAt", "returnReason") ON "PlanVersion" TO app_runtime;

-- Integrity Prisma cannot state; dropped first so this file can be re-run.
-- A revision (every version after the first) says why.
ALTER TABLE "PlanVersion" DROP CONSTRAINT IF EXISTS plan_version_revision_reason;
ALTER TABLE "PlanVersion" ADD CONSTRAINT plan_version_revision_reason CHECK (number = 1 OR "revisionReason" IS NOT NULL);
ALTER TABLE "PlanIntervention" DROP CONSTRAINT IF EXISTS plan_intervention_follow_up_after_start;
ALTER TABLE "PlanIntervention" ADD CONSTRAINT plan_intervention_follow_up_after_start CHECK ("followUpDate" >= "startDate");

-- An approved version is immutable, whoever tries (also the owner role); a
-- leader cannot approve the draft she sent herself (also in the database).
CREATE OR REPLACE FUNCTION app_plan_version_guard() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public, pg_temp AS
$$
BEGIN
  IF OLD.status = 'GODKENDT' THEN
    RAISE EXCEPTION 'an approved plan version cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.status = 'GODKENDT' AND NEW."submittedByUserId" = app_current_user() THEN
    RAISE EXCEPTION 'a leader cannot approve her own draft' USING ERRCODE = 'P0001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
DROP TRIGGER IF EXISTS plan_version_guard ON "PlanVersion";
CREATE TRIGGER plan_version_guard BEFORE UPDATE OR DELETE ON "PlanVersion"
  FOR EACH ROW EXECUTE FUNCTION app_plan_version_guard();

-- The content of an approved version (goals, interventions, contacts) is as
-- immutable as the version. SECURITY DEFINER: it reads the version's status
-- whoever writes the row.
CREATE OR REPLACE FUNCTION app_plan_content_guard() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  IF EXISTS (SELECT 1 FROM "PlanVersion" v
             WHERE v.id = (CASE WHEN TG_OP = 'DELETE' THEN OLD."versionId" ELSE NEW."versionId" END) AND v.status = 'GODKENDT') THEN
    RAISE EXCEPTION 'an approved plan version cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
REVOKE ALL ON FUNCTION app_plan_content_guard() FROM PUBLIC;
DROP TRIGGER IF EXISTS plan_goal_guard ON "PlanGoal";
CREATE TRIGGER plan_goal_guard BEFORE INSERT OR UPDATE OR DELETE ON "PlanGoal"
  FOR EACH ROW EXECUTE FUNCTION app_plan_content_guard();
DROP TRIGGER IF EXISTS plan_intervention_guard ON "PlanIntervention";
CREATE TRIGGER plan_intervention_guard BEFORE INSERT OR UPDATE OR DELETE ON "PlanIntervention"
  FOR EACH ROW EXECUTE FUNCTION app_plan_content_guard();
DROP TRIGGER IF EXISTS plan_contact_guard ON "PlanContact";
CREATE TRIGGER plan_contact_guard BEFORE INSERT OR UPDATE OR DELETE ON "PlanContact"
  FOR EACH ROW EXECUTE FUNCTION app_plan_content_guard();

ALTER TABLE "PlanGoal" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanGoal" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS plan_goal_read ON "PlanGoal";
CREATE POLICY plan_goal_read ON "PlanGoal" FOR SELECT TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org())
    OR (approved AND (app_has_live_basis("caseId", category, "ownerOrgId") OR EXISTS (
      SELECT 1 FROM "PlanIntervention" i
      WHERE i."versionId" = "PlanGoal"."versionId" AND i."responsibleOrgId" = (SELECT app_current_org())
        AND "PlanGoal".key = ANY (i."goalKeys")))));
DROP POLICY IF EXISTS plan_goal_write ON "PlanGoal";
CREATE POLICY plan_goal_write ON "PlanGoal" FOR ALL TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org()))
  WITH CHECK ("ownerOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId"));
GRANT SELECT, INSERT, UPDATE, DELETE ON "PlanGoal" TO app_runtime;

ALTER TABLE "PlanContact" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanContact" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS plan_contact_read ON "PlanContact";
CREATE POLICY plan_contact_read ON "PlanContact" FOR SELECT TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org()) OR (approved AND app_has_live_basis("caseId", category, "ownerOrgId")));
DROP POLICY IF EXISTS plan_contact_write ON "PlanContact";
CREATE POLICY plan_contact_write ON "PlanContact" FOR ALL TO app_runtime
  USING ("ownerOrgId" = (SELECT app_current_org()))
  WITH CHECK ("ownerOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId"));
GRANT SELECT, INSERT, UPDATE, DELETE ON "PlanContact" TO app_runtime;

ALTER TABLE "PlanIntervention" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanIntervention" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS plan_intervention_read ON "PlanIntervention";
CREATE POLICY plan_intervention_read ON "PlanIntervention" FOR SELECT TO app_runtime
  USING ("authorOrgId" = (SELECT app_current_org())
    OR ("responsibleOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId"))
    OR (approved AND app_has_live_basis("caseId", category, "responsibleOrgId")));
-- Written by its author (the plan's owner drafting it), for an organisation on the case.
DROP POLICY IF EXISTS plan_intervention_write ON "PlanIntervention";
CREATE POLICY plan_intervention_write ON "PlanIntervention" FOR ALL TO app_runtime
  USING ("authorOrgId" = (SELECT app_current_org()))
  WITH CHECK ("authorOrgId" = (SELECT app_current_org()) AND app_case_visible("caseId")
    AND app_org_on_case("caseId", "responsibleOrgId"));
GRANT SELECT, INSERT, UPDATE, DELETE ON "PlanIntervention" TO app_runtime;

ALTER TABLE "PlanInterventionProgress" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanInterventionProgress" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS plan_progress_read ON "PlanInterventionProgress";
CREATE POLICY plan_progress_read ON "PlanInterventionProgress" FOR SELECT TO app_runtime
  USING ("authorOrgId" = (SELECT app_current_org()) OR app_has_live_basis("caseId", category, "authorOrgId"));
-- Only the organisation responsible for an approved intervention records its progress.
DROP POLICY IF EXISTS plan_progress_insert ON "PlanInterventionProgress";
CREATE POLICY plan_progress_insert ON "PlanInterventionProgress" FOR INSERT TO app_runtime
  WITH CHECK ("authorOrgId" = (SELECT app_current_org()) AND "byUserId" = (SELECT app_current_user())
    AND app_case_visible("caseId") AND EXISTS (
      SELECT 1 FROM "PlanIntervention" i
      WHERE i."planId" = "PlanInterventionProgress"."planId" AND i.key = "PlanInterventionProgress"."interventionKey"
        AND i."responsibleOrgId" = (SELECT app_current_org()) AND i.approved));
GRANT SELECT, INSERT ON "PlanInterventionProgress" TO app_runtime;

-- The national catalogue (kommuneOrgId NULL) is public information (names of
-- services and their legal basis): every organisation reads it. A kommune's
-- own entries are its own: its administrator adds and retires them, and its
-- plans pick from them (an intervention keeps the entry's name, so no other
-- organisation needs to read the entry). No entry is ever deleted (a
-- trigger, also for the owner).
CREATE OR REPLACE FUNCTION app_is_acting_admin() RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT EXISTS (SELECT 1 FROM "Membership" m
                 WHERE m."userId" = app_current_user() AND m."orgId" = app_current_org() AND m.role = 'ADMIN')
$$;
REVOKE ALL ON FUNCTION app_is_acting_admin() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_is_acting_admin() TO app_runtime;

ALTER TABLE "InterventionCatalogueEntry" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "InterventionCatalogueEntry" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS catalogue_read ON "InterventionCatalogueEntry";
CREATE POLICY catalogue_read ON "InterventionCatalogueEntry" FOR SELECT TO app_runtime
  USING (("kommuneOrgId" IS NULL AND (SELECT app_current_org()) IS NOT NULL) OR "kommuneOrgId" = (SELECT app_current_org()));
DROP POLICY IF EXISTS catalogue_write ON "InterventionCatalogueEntry";
CREATE POLICY catalogue_write ON "InterventionCatalogueEntry" FOR ALL TO app_runtime
  USING ("kommuneOrgId" = (SELECT app_current_org()) AND app_is_acting_admin())
  WITH CHECK ("kommuneOrgId" = (SELECT app_current_org()) AND app_is_acting_admin());
GRANT SELECT, INSERT ON "InterventionCatalogueEntry" TO app_runtime;
GRANT UPDATE ("retiredAt") ON "InterventionCatalogueEntry" TO app_runtime;

CREATE OR REPLACE FUNCTION app_catalogue_never_deleted() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public, pg_temp AS
$$
BEGIN
  RAISE EXCEPTION 'a catalogue entry is never deleted, only retired' USING ERRCODE = 'P0001';
END
$$;
DROP TRIGGER IF EXISTS catalogue_never_deleted ON "InterventionCatalogueEntry";
CREATE TRIGGER catalogue_never_deleted BEFORE DELETE ON "InterventionCatalogueEntry"
  FOR EACH ROW EXECUTE FUNCTION app_catalogue_never_deleted();

-- An approved version's interventions each become a follow-up task of their
-- responsible organisation (named person if any), due on the follow-up date.
-- SECURITY DEFINER because a task is its owner organisation's record
-- (task_write), which the plan's owner may not write; it writes nothing but
-- one task per intervention of an APPROVED version the caller owns, for
-- organisations on the case, once.
CREATE OR REPLACE FUNCTION app_plan_create_tasks(p_version uuid) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  created integer;
BEGIN
  INSERT INTO "Task" (id, "caseId", "orgId", "ownerUserId", title, "dueAt", "sourceKind", "sourceId", category)
  SELECT gen_random_uuid(), i."caseId", i."responsibleOrgId", i."responsibleUserId", 'Opfølgning på indsats: ' || i.title,
    (i."followUpDate"::timestamp + interval '23 hours 59 minutes') AT TIME ZONE 'Europe/Copenhagen',
    'PLAN_INTERVENTION', i.id, i.category
  FROM "PlanIntervention" i JOIN "PlanVersion" v ON v.id = i."versionId"
  WHERE v.id = p_version AND v.status = 'GODKENDT' AND v."ownerOrgId" = app_current_org()
    AND app_org_on_case(i."caseId", i."responsibleOrgId")
    AND NOT EXISTS (SELECT 1 FROM "Task" t WHERE t."sourceKind" = 'PLAN_INTERVENTION' AND t."sourceId" = i.id);
  GET DIAGNOSTICS created = ROW_COUNT;
  RETURN created;
END
$$;
REVOKE ALL ON FUNCTION app_plan_create_tasks(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_plan_create_tasks(uuid) TO app_runtime;

-- ===========================================================================
-- prisma/sql/policies/80-rate-limits.sql
-- ===========================================================================
-- Rate-limit counters (ADR 0031): no tenant data, and no request role may
-- read or write them. The owner (sign-in, lib/http/rate-limit.ts) bypasses
-- row-level security; app_runtime has no grant and, with RLS forced, no row.
ALTER TABLE "RateLimit" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RateLimit" FORCE ROW LEVEL SECURITY;
REVOKE ALL ON "RateLimit" FROM app_runtime;

-- ===========================================================================
-- prisma/sql/policies/85-plan-catalogue.sql
-- ===========================================================================
-- The national intervention catalogue (issue 11 item 3), from the picklists
-- in seed-gravide §7 and seed-boern §7: legal basis, the organisation types
-- that deliver it, and who pays. Data, not policy, kept here so a fresh
-- database has it from the first migration; re-runnable (ON CONFLICT). An
-- entry is never deleted (catalogue_never_deleted), only retired.
INSERT INTO "InterventionCatalogueEntry" (id, code, name, "legalBasis", track, category, "deliveredBy", funding) VALUES
  (gen_random_uuid(), 'BL32-STOETTE-HJEM', 'Praktisk, pædagogisk eller anden støtte i hjemmet', 'Barnets Lov § 32, stk. 1, nr. 2', 'SOCIAL', 'SOCIALE_FORHOLD', '{KOMMUNE_FAMILIE}', 'Kommunen (familieafdelingen)'),
  (gen_random_uuid(), 'BL32-FAMILIEBEHANDLING', 'Familiebehandling', 'Barnets Lov § 32, stk. 1, nr. 3', 'SOCIAL', 'SOCIALE_FORHOLD', '{KOMMUNE_FAMILIE}', 'Kommunen (familieafdelingen)'),
  (gen_random_uuid(), 'BL32-DOEGNOPHOLD', 'Døgnophold for familien (fx mor-barn-hjem)', 'Barnets Lov § 32, stk. 1, nr. 4', 'SOCIAL', 'SOCIALE_FORHOLD', '{KOMMUNE_FAMILIE}', 'Kommunen (familieafdelingen)'),
  (gen_random_uuid(), 'BL32-KONTAKTPERSON', 'Kontaktperson for familien', 'Barnets Lov § 32, stk. 1, nr. 6', 'SOCIAL', 'SOCIALE_FORHOLD', '{KOMMUNE_FAMILIE}', 'Kommunen (familieafdelingen)'),
  (gen_random_uuid(), 'BL32-AFLASTNING', 'Aflastning', 'Barnets Lov § 32, stk. 1, nr. 5', 'SOCIAL', 'SOCIALE_FORHOLD', '{KOMMUNE_FAMILIE}', 'Kommunen (familieafdelingen)'),
  (gen_random_uuid(), 'BL11-RAADGIVNING', 'Rådgivning og forebyggende tilbud under graviditeten', 'Barnets Lov § 30 (tidl. SEL § 11)', 'SOCIAL', 'SOCIALE_FORHOLD', '{KOMMUNE_FAMILIE}', 'Kommunen (familieafdelingen)'),
  (gen_random_uuid(), 'SEL101-AMBULANT', 'Ambulant stofmisbrugsbehandling', 'Serviceloven § 101', 'SOCIAL', 'RUSMIDDEL', '{RUSMIDDELCENTER,KOMMUNE_VOKSEN}', 'Kommunen (voksenområdet)'),
  (gen_random_uuid(), 'SEL101-DAG', 'Dagbehandling for stofmisbrug', 'Serviceloven § 101', 'SOCIAL', 'RUSMIDDEL', '{RUSMIDDELCENTER,KOMMUNE_VOKSEN}', 'Kommunen (voksenområdet)'),
  (gen_random_uuid(), 'SEL101-DOEGN', 'Døgnbehandling for stofmisbrug', 'Serviceloven § 101 og § 107, stk. 2, nr. 2', 'SOCIAL', 'RUSMIDDEL', '{RUSMIDDELCENTER,KOMMUNE_VOKSEN}', 'Kommunen (voksenområdet)'),
  (gen_random_uuid(), 'SUL141-ALKOHOL', 'Alkoholbehandling', 'Sundhedsloven § 141', 'SUNDHED', 'RUSMIDDEL', '{RUSMIDDELCENTER}', 'Kommunen (sundhedsloven)'),
  (gen_random_uuid(), 'SUL142-SUBSTITUTION', 'Lægelig stofmisbrugsbehandling med substitution', 'Sundhedsloven § 142', 'SUNDHED', 'RUSMIDDEL', '{RUSMIDDELCENTER}', 'Kommunen (sundhedsloven)'),
  (gen_random_uuid(), 'TILBAGEHOLDELSE', 'Tilbageholdelse af gravide stofmisbrugere (frivillig aftale)', 'Lov om tilbageholdelse af stofmisbrugere i behandling', 'SUNDHED', 'RUSMIDDEL', '{RUSMIDDELCENTER,KOMMUNE_VOKSEN}', 'Kommunen (voksenområdet)'),
  (gen_random_uuid(), 'FA-FORLOEB', 'Forløb i familieambulatoriet', 'Sundhedsloven § 119 og regionens samarbejdsaftale', 'SUNDHED', 'HELBRED', '{FAMILIEAMBULATORIUM}', 'Regionen'),
  (gen_random_uuid(), 'FA-PLUS', 'FA Plus: opfølgning af barnet i familieambulatoriet', 'Sundhedsloven § 119 og regionens samarbejdsaftale', 'SUNDHED', 'HELBRED', '{FAMILIEAMBULATORIUM}', 'Regionen'),
  (gen_random_uuid(), 'SP-EKSTRA-BESOEG', 'Sundhedsplejens ekstra besøg', 'Sundhedsloven §§ 120-126', 'SUNDHED', 'HELBRED', '{SUNDHEDSPLEJE}', 'Kommunen (sundhedsplejen)'),
  (gen_random_uuid(), 'SP-GRAVIDBESOEG', 'Graviditetsbesøg af sundhedsplejersken', 'Sundhedsloven § 121', 'SUNDHED', 'HELBRED', '{SUNDHEDSPLEJE}', 'Kommunen (sundhedsplejen)')
ON CONFLICT (code) DO NOTHING;

-- ===========================================================================
-- prisma/sql/baseline/99-audit-partitions.sql
-- ===========================================================================
-- The audit log's first partitions (ADR 0013): this month and the next three.
-- From then on the audit-partitions job keeps three months ahead; there is
-- no DEFAULT partition, so a row for a month without a partition is refused
-- (the audited work rolls back with it) rather than stored where retention
-- cannot reach it.
SELECT audit_ensure_partitions(now(), now() + interval '3 months');
