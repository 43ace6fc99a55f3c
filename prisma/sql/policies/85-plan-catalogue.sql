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
