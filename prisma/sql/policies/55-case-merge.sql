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
