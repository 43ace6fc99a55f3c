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
