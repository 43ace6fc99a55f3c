-- Consents and sharing bases. About a third of the pregnancy cases carry the
-- woman's written consent for the first participant to see four categories:
-- 70 % live, 15 % expired, 15 % withdrawn (bases revoked with it). One case in
-- ten has a statutory basis (SUL § 43, stk. 2) for the rusmiddelcenter.

CREATE TEMP TABLE scale_consent ON COMMIT DROP AS
SELECT c.n, c.id AS case_id, gen_random_uuid() AS id, p.org_id AS recipient, o.familie, o.worker_id, o.worker_name,
  CASE WHEN c.r_consent < 0.245 THEN 'LIVE' WHEN c.r_consent < 0.2975 THEN 'EXPIRED' ELSE 'WITHDRAWN' END AS state,
  c.created_at + interval '2 days' AS valid_from
FROM scale_case c
JOIN scale_case_org o ON o.n = c.n
JOIN scale_participant p ON p.n = c.n AND p.g = 0
WHERE c.kind = 'GRAVID' AND c.r_consent < 0.35;
ALTER TABLE scale_consent ADD COLUMN valid_until timestamptz, ADD COLUMN withdrawn_at timestamptz;
UPDATE scale_consent SET
  valid_until = CASE state WHEN 'EXPIRED' THEN least(valid_from + interval '1 year', current_setting('scale.now')::timestamptz - interval '1 day')
                           ELSE greatest(valid_from, current_setting('scale.now')::timestamptz) + interval '1 year' END,
  withdrawn_at = CASE WHEN state = 'WITHDRAWN' THEN valid_from + (current_setting('scale.now')::timestamptz - valid_from) * random() END;
-- An expired consent may not start after it ended.
UPDATE scale_consent SET valid_from = valid_until - interval '1 year' WHERE valid_from > valid_until;

INSERT INTO "Consent" (id, "caseId", "recordedByOrgId", "recordedByUserId", "givenBy", "givenByName", direction, purpose, form, evidence,
  "validFrom", "validUntil", "withdrawnAt", "withdrawnByName", "withdrawalReason", "createdAt")
SELECT s.id, s.case_id, s.familie, s.worker_id, 'MOTHER', 'Kvinden selv', 'VIDEREGIVE',
  'Koordinering af graviditetsforløbet mellem familieafdelingen og samarbejdspartnerne', 'SKRIFTLIGT',
  'Underskrevet samtykkeerklæring scannet til sagen', s.valid_from, s.valid_until, s.withdrawn_at,
  CASE WHEN s.withdrawn_at IS NOT NULL THEN s.worker_name END,
  CASE WHEN s.withdrawn_at IS NOT NULL THEN 'Kvinden ønsker ikke længere, at oplysningerne deles' END,
  s.valid_from
FROM scale_consent s;

INSERT INTO "SharingBasis" (id, "caseId", "recipientOrgId", category, kind, "consentId", "grantedByOrgId", "grantedByName",
  "validFrom", "validTo", "revokedAt", "createdAt")
SELECT gen_random_uuid(), s.case_id, s.recipient, cat, 'CONSENT', s.id, s.familie, s.worker_name,
  s.valid_from, s.valid_until, s.withdrawn_at, s.valid_from
FROM scale_consent s
CROSS JOIN unnest(ARRAY['STAMDATA','HELBRED','RUSMIDDEL','PLAN']::"InfoCategory"[]) cat;

INSERT INTO "SharingBasis" (id, "caseId", "recipientOrgId", category, kind, "statutoryCode", reason, "grantedByOrgId", "grantedByName",
  "validFrom", "validTo", "createdAt")
SELECT gen_random_uuid(), c.id, o.candidates[2], 'RUSMIDDEL', 'STATUTORY', 'SUL_43_2',
  'Videregivelse nødvendig af hensyn til barnets sundhed', o.familie, o.worker_name,
  c.created_at + interval '3 days', c.created_at + interval '3 days' + interval '180 days', c.created_at + interval '3 days'
FROM scale_case c
JOIN scale_case_org o ON o.n = c.n
WHERE c.r_statutory < 0.1;
