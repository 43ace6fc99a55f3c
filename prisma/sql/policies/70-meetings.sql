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
