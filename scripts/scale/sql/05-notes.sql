-- Notes, 1-5 per case (3 on average), cycling through every InfoCategory so
-- each category occurs on many cases. Health and substance-use notes are
-- written by the case's first participant, the rest by the familieafdeling.

INSERT INTO "Note" (id, "caseId", "authorOrgId", "authorUserId", "authorName", category, text, "createdAt")
SELECT gen_random_uuid(), c.id,
  CASE WHEN x.category IN ('HELBRED', 'RUSMIDDEL') THEN p.org_id ELSE o.familie END,
  CASE WHEN x.category IN ('HELBRED', 'RUSMIDDEL') THEN w.worker_id ELSE o.worker_id END,
  CASE WHEN x.category IN ('HELBRED', 'RUSMIDDEL') THEN w.worker_name ELSE o.worker_name END,
  x.category,
  CASE x.category
    WHEN 'STAMDATA' THEN 'Adresse og kontaktoplysninger bekræftet ved samtale.'
    WHEN 'SOCIALE_FORHOLD' THEN 'Kvinden bor midlertidigt hos sin mor. Boligsag oprettet i borgerservice.'
    WHEN 'HELBRED' THEN 'Konsultation i familieambulatoriet. Scanning normal. Næste tid om 3 uger.'
    WHEN 'RUSMIDDEL' THEN 'Kvinden oplyser dagligt forbrug af hash, ingen andre stoffer. Motiverende samtale afholdt.'
    WHEN 'PLAN' THEN 'Plan aftalt: ugentlige samtaler og netværksmøde før fødslen.'
    WHEN 'MOEDER' THEN 'Netværksmøde afholdt med familieambulatoriet og sundhedsplejen. Referat udsendt.'
    ELSE 'Underretning modtaget og vurderet. Afdækning igangsat.'
  END || ' (notat ' || k || ')',
  c.created_at + (c.updated_at - c.created_at) * (k::float / (c.n_notes + 1))
FROM scale_case c
JOIN scale_case_org o ON o.n = c.n
JOIN scale_participant p ON p.n = c.n AND p.g = 0
JOIN scale_org w ON w.id = p.org_id
CROSS JOIN LATERAL generate_series(1, c.n_notes) k
CROSS JOIN LATERAL (SELECT (enum_range(NULL::"InfoCategory"))[1 + (c.n + k) % 7] AS category) x;
