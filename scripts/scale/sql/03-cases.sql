-- Cases, their stage histories (opsporing up to the current stage, the only
-- source of time-in-stage) and 1-3 participants from the kommune's units and
-- the region's familieambulatorium.

INSERT INTO "CaseFile" (id, "subjectId", kind, stage, termin, "responsibleOrgId", "coordinatorOrgId", "motherCaseId", "closedAt", "createdAt", "updatedAt")
SELECT c.id, c.person_id, c.kind, c.stage, c.termin, o.familie, o.familie, m.id, c.closed_at, c.created_at, c.updated_at
FROM scale_case c
JOIN scale_case_org o ON o.n = c.n
LEFT JOIN scale_case m ON m.n = c.mother_n;

INSERT INTO "StageTransition" (id, "caseId", "fromStage", "toStage", reason, "byUserId", "byName", "orgId", at)
SELECT gen_random_uuid(), c.id, (enum_range(NULL::"Stage"))[s - 1], (enum_range(NULL::"Stage"))[s],
  CASE WHEN s = 1 THEN 'Sagen er oprettet' ELSE 'Fasen er afsluttet, og sagen går videre' END,
  o.worker_id, o.worker_name, o.familie, c.created_at + c.step * (s - 1)
FROM scale_case c
JOIN scale_case_org o ON o.n = c.n
CROSS JOIN LATERAL generate_series(1, c.path_len) s;

-- Candidate i of the case (1-5): familieambulatorium, rusmiddel, sundhedspleje, jobcenter, voksen.
CREATE TEMP TABLE scale_participant ON COMMIT DROP AS
SELECT c.n, c.id AS case_id, c.created_at, o.worker_id, g,
  1 + (c.participant_offset + g) % 5 AS candidate, o.candidates[1 + (c.participant_offset + g) % 5] AS org_id
FROM scale_case c
JOIN scale_case_org o ON o.n = c.n
CROSS JOIN LATERAL generate_series(0, c.n_participants - 1) g;

INSERT INTO "CaseParticipant" (id, "caseId", "orgId", "roleOnCase", "contactName", "contactPhone", since, until, "addedByUserId")
SELECT gen_random_uuid(), p.case_id, p.org_id,
  (ARRAY['Familieambulatorium','Rusmiddelbehandling','Sundhedspleje','Jobcenter','Voksenområdet'])[p.candidate],
  w.worker_name, '+45 ' || (20000000 + abs(hashtext(w.worker_name)) % 79999999)::text,
  p.created_at + interval '1 day',
  -- One in twenty left the case again (the second or third participant only).
  CASE WHEN p.g > 0 AND random() < 0.05 THEN p.created_at + interval '30 days' END,
  p.worker_id
FROM scale_participant p
JOIN scale_org w ON w.id = p.org_id
ON CONFLICT ("caseId", "orgId") DO NOTHING;
