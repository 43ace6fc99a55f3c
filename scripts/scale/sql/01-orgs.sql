-- Organisations and one worker per organisation. Reuses every organisation
-- that already exists with the same kommune/region code and type (the demo
-- tenants from prisma/seed, or an earlier run), so demo users keep their
-- organisations and a second run adds cases without duplicating tenants.
-- Input: scale_kommune (code, name, region, idx), scale_region (code, name).

CREATE TEMP TABLE scale_unit_type (type "OrgType", suffix text, role "Role", role_on_case text, slot int) ON COMMIT DROP;
INSERT INTO scale_unit_type VALUES
  ('KOMMUNE_FAMILIE', 'Familieafdelingen', 'SAGSBEHANDLER', NULL, 0),
  ('FAMILIEAMBULATORIUM', 'Familieambulatoriet', 'JORDEMODER', 'Familieambulatorium', 1),
  ('RUSMIDDELCENTER', 'Voksen- og rusmiddelcenter', 'BEHANDLER', 'Rusmiddelbehandling', 2),
  ('SUNDHEDSPLEJE', 'Sundhedsplejen', 'SUNDHEDSPLEJERSKE', 'Sundhedspleje', 3),
  ('JOBCENTER', 'Jobcenter', 'SAGSBEHANDLER', 'Jobcenter', 4),
  ('KOMMUNE_VOKSEN', 'Voksenområdet', 'SAGSBEHANDLER', 'Voksenområdet', 5);

-- Every wanted organisation: five units per kommune, one clinic per region.
CREATE TEMP TABLE scale_org ON COMMIT DROP AS
SELECT k.code AS kommune, NULL::text AS region, t.type, k.name || ' Kommune – ' || t.suffix AS name, t.role, t.slot
FROM scale_kommune k CROSS JOIN scale_unit_type t WHERE t.type <> 'FAMILIEAMBULATORIUM'
UNION ALL
SELECT NULL, r.code, t.type, r.name || ' – ' || t.suffix, t.role, t.slot
FROM scale_region r JOIN scale_unit_type t ON t.type = 'FAMILIEAMBULATORIUM';
ALTER TABLE scale_org ADD COLUMN id uuid, ADD COLUMN worker_id uuid, ADD COLUMN worker_name text;

UPDATE scale_org s SET id = (
  SELECT o.id FROM "Organization" o
  WHERE o.type = s.type AND o."kommuneCode" IS NOT DISTINCT FROM s.kommune AND o."regionCode" IS NOT DISTINCT FROM s.region
  ORDER BY o."createdAt", o.id LIMIT 1);
-- The demo kommuner have no voksenområde of their own: their voksen- og
-- rusmiddelcenter covers it (prisma/seed/demo-tenants.json).
-- Such a row is dropped here and the kommune's voksen unit falls back to it.
DELETE FROM scale_org s USING scale_org r
WHERE s.id IS NULL AND s.type = 'KOMMUNE_VOKSEN' AND r.kommune = s.kommune AND r.type = 'RUSMIDDELCENTER' AND r.id IS NOT NULL;
UPDATE scale_org SET id = gen_random_uuid() WHERE id IS NULL;

INSERT INTO "Organization" (id, name, type, "kommuneCode", "regionCode", settings)
SELECT s.id, s.name, s.type, s.kommune, s.region,
  CASE WHEN s.type = 'FAMILIEAMBULATORIUM' THEN '{"familyClinicContactDays": 7}'::jsonb ELSE '{}'::jsonb END
FROM scale_org s
ON CONFLICT (id) DO NOTHING;

-- A worker: the organisation's first member with the unit's role (a demo
-- user in the demo tenants), else a generated user with the demo password.
UPDATE scale_org s SET worker_id = m."userId", worker_name = u.name
FROM (SELECT DISTINCT ON (m."orgId", m.role) m."orgId", m.role, m."userId" FROM "Membership" m
      JOIN "User" u ON u.id = m."userId" ORDER BY m."orgId", m.role, u."createdAt", u.email) m
JOIN "User" u ON u.id = m."userId"
WHERE m."orgId" = s.id AND m.role = s.role;

UPDATE scale_org s SET worker_id = gen_random_uuid(),
  worker_name = (ARRAY['Mette','Lise','Henrik','Birgitte','Jens','Hanne','Søren','Tine'])[1 + abs(hashtext(s.name)) % 8]
    || ' ' || (ARRAY['Holm','Lund','Bach','Dahl','Krogh','Vestergaard','Skov','Friis'])[1 + abs(hashtext(s.name || 'x')) % 8]
WHERE worker_id IS NULL;

INSERT INTO "User" (id, email, name, "passwordHash")
SELECT DISTINCT ON (s.worker_id) s.worker_id,
  lower(s.role::text) || '-' || s.slot || '@' || coalesce('k' || s.kommune, 'r' || s.region) || '.scale.demo',
  s.worker_name, current_setting('scale.password_hash')
FROM scale_org s WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = s.worker_id)
ON CONFLICT (email) DO NOTHING;

INSERT INTO "Membership" (id, "userId", "orgId", role)
SELECT gen_random_uuid(), s.worker_id, s.id, s.role FROM scale_org s
JOIN "User" u ON u.id = s.worker_id
ON CONFLICT ("userId", "orgId") DO NOTHING;

-- One row per kommune with its units and workers: what every case needs.
CREATE TEMP TABLE scale_kommune_units ON COMMIT DROP AS
SELECT k.idx, k.code,
  max(s.id::text) FILTER (WHERE s.type = 'KOMMUNE_FAMILIE')::uuid AS familie,
  max(s.worker_id::text) FILTER (WHERE s.type = 'KOMMUNE_FAMILIE')::uuid AS worker_id,
  max(s.worker_name) FILTER (WHERE s.type = 'KOMMUNE_FAMILIE') AS worker_name,
  (SELECT c.id FROM scale_org c WHERE c.region = k.region) AS clinic,
  max(s.id::text) FILTER (WHERE s.type = 'RUSMIDDELCENTER')::uuid AS rusmiddel,
  max(s.id::text) FILTER (WHERE s.type = 'SUNDHEDSPLEJE')::uuid AS sundhedspleje,
  max(s.id::text) FILTER (WHERE s.type = 'JOBCENTER')::uuid AS jobcenter,
  coalesce(max(s.id::text) FILTER (WHERE s.type = 'KOMMUNE_VOKSEN'), max(s.id::text) FILTER (WHERE s.type = 'RUSMIDDELCENTER'))::uuid AS voksen
FROM scale_kommune k JOIN scale_org s ON s.kommune = k.code
GROUP BY k.idx, k.code, k.region;
