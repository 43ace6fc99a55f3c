-- Name and CPR are STAMDATA (ADR 0006), authored by the responsible
-- organisation. Until now the database let every participant read the Person
-- row and only the app hid it. Now row-level security says the same as the
-- app: the registering organisation, the responsible organisation, and a
-- participant under a live STAMDATA basis. The same holds for a mother seen
-- through her unborn child's case. No semicolons in comments: see ADR 0002.

CREATE OR REPLACE FUNCTION app_person_visible(p_person uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT EXISTS (SELECT 1 FROM "Person" p WHERE p.id = p_person AND p."ownerOrgId" = app_current_org())
      OR EXISTS (
        SELECT 1 FROM "CaseFile" c
        WHERE c."subjectId" = p_person
          AND (c."responsibleOrgId" = app_current_org() OR app_has_live_basis(c.id, 'STAMDATA'))
      )
      OR EXISTS (
        SELECT 1 FROM "Person" child JOIN "CaseFile" c ON c."subjectId" = child.id
        WHERE child."motherId" = p_person
          AND (c."responsibleOrgId" = app_current_org() OR app_has_live_basis(c.id, 'STAMDATA'))
      )
$$;
