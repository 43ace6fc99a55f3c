-- The plan of every generated case in one staging row (scale_case), then the
-- persons. Later files read their random choices from scale_case, so the
-- tables agree with each other (a consent's recipient is a participant, a
-- report lies within its case's lifetime, ...).
-- Input: scale_cpr (n, ciphertext, blind_index, birth_date) for the mothers,
-- made by Node because CPR encryption is app-side AES-GCM (ADR 0005).
-- Cases 1..mothers are GRAVID; the rest are BARN cases of an unborn child of
-- mother 1, 2, ... (mother_n).

CREATE TEMP TABLE scale_case ON COMMIT DROP AS
WITH params AS (
  SELECT current_setting('scale.cases')::int AS cases, current_setting('scale.mothers')::int AS mothers,
         current_setting('scale.now')::timestamptz AS now,
         (SELECT array_agg(lo ORDER BY idx) FROM scale_kommune) AS cumulative
),
mother AS (
  SELECT n, kommune_idx, stage,
    p.now - make_interval(days => CASE WHEN stage = 'AFSLUTTET' THEN 200 + (random() * 900)::int ELSE 3 + (power(random(), 1.5) * 700)::int END)
      - make_interval(secs => (random() * 86400)::int) AS created_at
  FROM params p, LATERAL (
    SELECT n, width_bucket(random(), p.cumulative) AS kommune_idx,
      CASE WHEN r < 0.2 THEN 'OPSPORING' WHEN r < 0.4 THEN 'UDREDNING' WHEN r < 0.7 THEN 'INDSATS'
           WHEN r < 0.85 THEN 'OPFOELGNING' ELSE 'AFSLUTTET' END::"Stage" AS stage
    FROM generate_series(1, p.mothers) n, LATERAL (SELECT random() + n * 0 AS r) x
  ) m
)
SELECT m.n, NULL::int AS mother_n, 'GRAVID'::"CaseKind" AS kind, m.kommune_idx, m.stage, m.created_at
FROM mother m
UNION ALL
-- A child's case opens during its mother's.
SELECT p.mothers + j, j, 'BARN', m.kommune_idx,
  CASE WHEN random() < 0.7 THEN 'OPSPORING' ELSE 'UDREDNING' END::"Stage",
  m.created_at + (p.now - m.created_at) * random()
FROM params p, generate_series(1, p.cases - p.mothers) j JOIN mother m ON m.n = j;

ALTER TABLE scale_case
  ADD COLUMN id uuid DEFAULT gen_random_uuid(), ADD COLUMN person_id uuid DEFAULT gen_random_uuid(),
  ADD COLUMN path_len int, ADD COLUMN step interval, ADD COLUMN updated_at timestamptz, ADD COLUMN closed_at timestamptz,
  ADD COLUMN termin date,
  -- participants: how many (1-3) and where in the candidate list they start
  ADD COLUMN n_participants int DEFAULT 1 + floor(random() * 3)::int,
  ADD COLUMN participant_offset int DEFAULT CASE WHEN random() < 0.5 THEN 0 ELSE floor(random() * 5)::int END,
  ADD COLUMN r_consent float DEFAULT random(), ADD COLUMN r_statutory float DEFAULT random(),
  ADD COLUMN r_report float DEFAULT random(), ADD COLUMN r_task float DEFAULT random(),
  ADD COLUMN n_notes int DEFAULT 1 + floor(random() * 5)::int;

UPDATE scale_case c SET
  path_len = array_position(enum_range(NULL::"Stage"), c.stage),
  step = least(interval '120 days', (current_setting('scale.now')::timestamptz - c.created_at) / (array_position(enum_range(NULL::"Stage"), c.stage) + 1));
UPDATE scale_case SET
  updated_at = created_at + step * (path_len - 1) + step * random(),
  closed_at = CASE WHEN stage = 'AFSLUTTET' THEN created_at + step * (path_len - 1) END,
  termin = (created_at + make_interval(days => 120 + (random() * 150)::int))::date;
-- An unborn child is due when its mother is.
UPDATE scale_case c SET termin = m.termin FROM scale_case m WHERE c.mother_n = m.n;
CREATE INDEX ON scale_case (n);
CREATE INDEX ON scale_case (mother_n);

-- Kommune units and candidate participants of each case, resolved once.
CREATE TEMP TABLE scale_case_org ON COMMIT DROP AS
SELECT c.n, u.familie, u.worker_id, u.worker_name,
  ARRAY[u.clinic, u.rusmiddel, u.sundhedspleje, u.jobcenter, u.voksen] AS candidates
FROM scale_case c JOIN scale_kommune_units u ON u.idx = c.kommune_idx;
CREATE UNIQUE INDEX ON scale_case_org (n);

INSERT INTO "Person" (id, "ownerOrgId", "cprCiphertext", "cprBlindIndex", "firstName", "lastName", "birthDate", "isUnborn", termin, "createdAt")
SELECT c.id_person, o.familie, cpr.ciphertext, cpr.blind_index,
  (ARRAY['Maja','Emma','Sofie','Ida','Freja','Laura','Anna','Clara','Mathilde','Josefine','Nanna','Cecilie','Louise','Sara','Camilla',
         'Line','Katrine','Mette','Pernille','Tina','Amalie','Julie','Caroline','Signe','Sarah','Natasja','Jasmin','Fatima','Aisha','Olivia'])[1 + floor(random() * 30)::int],
  (ARRAY['Nielsen','Jensen','Hansen','Pedersen','Andersen','Christensen','Larsen','Sørensen','Rasmussen','Jørgensen','Petersen','Madsen',
         'Kristensen','Olsen','Thomsen','Poulsen','Johansen','Møller','Mortensen','Knudsen','Jakobsen','Jacobsen','Mikkelsen','Frederiksen',
         'Laursen','Henriksen','Lund','Schmidt','Eriksen','Holm','Kristiansen','Clausen','Simonsen','Svendsen','Andreasen','Iversen',
         'Østergaard','Jeppesen','Vestergaard','Nissen','Lauridsen','Kjær','Jespersen','Mogensen','Nørgaard','Jepsen','Frandsen','Søndergaard',
         'Ahmed','Hussein'])[1 + floor(random() * 50)::int],
  cpr.birth_date, false, CASE WHEN c.stage <> 'AFSLUTTET' THEN c.termin END, c.created_at
FROM (SELECT n, person_id AS id_person, stage, termin, created_at FROM scale_case WHERE kind = 'GRAVID') c
JOIN scale_case_org o ON o.n = c.n
JOIN scale_cpr cpr ON cpr.n = c.n;

INSERT INTO "Person" (id, "ownerOrgId", "firstName", "lastName", "isUnborn", "motherId", termin, "createdAt")
SELECT c.person_id, o.familie, 'Ufødt barn af', p."firstName" || ' ' || p."lastName", true, m.person_id, c.termin, c.created_at
FROM scale_case c
JOIN scale_case m ON m.n = c.mother_n
JOIN "Person" p ON p.id = m.person_id
JOIN scale_case_org o ON o.n = c.n
WHERE c.kind = 'BARN';
