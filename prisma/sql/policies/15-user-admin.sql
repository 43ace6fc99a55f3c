-- User administration, sessions and sign-in secrets (issue 13, ADR 0033).
--
-- The runtime role never writes "User" or "Membership" directly: an
-- administrator's changes go through the SECURITY DEFINER functions below,
-- each of which checks in the database that the acting user is ADMIN of the
-- current organisation and touches only that organisation's memberships (the
-- app checks the same first: permission org:users). A change to the account
-- itself (deactivation, a set-password link, a TOTP reset) is allowed only
-- for a user whose every membership is in the current organisation: an
-- administrator never changes an account another organisation also uses.
-- The functions answer with a status word instead of raising for expected
-- outcomes ('not-found', 'shared', 'member'), so the request's transaction
-- stays usable for the audit row; only a refused caller raises (42501).
-- Re-runnable: functions are CREATE OR REPLACE, policies dropped first.

CREATE OR REPLACE FUNCTION app_require_user_admin() RETURNS uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  IF app_current_org() IS NULL OR app_current_user() IS NULL OR NOT EXISTS (
    SELECT 1 FROM "Membership" m WHERE m."userId" = app_current_user() AND m."orgId" = app_current_org() AND m.role = 'ADMIN'
  ) THEN
    RAISE EXCEPTION 'user administration refused' USING ERRCODE = '42501';
  END IF;
  RETURN app_current_org();
END
$$;

-- For a change to an account: refuses a caller who is not ADMIN here; then
-- 'not-found' unless the user is a member of the current organisation,
-- 'shared' when she is also a member of another one, else 'ok'.
CREATE OR REPLACE FUNCTION app_user_admin_reach(p_user uuid) RETURNS text
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_org uuid := app_require_user_admin();
BEGIN
  RETURN CASE
    WHEN NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = p_user AND m."orgId" = v_org) THEN 'not-found'
    WHEN EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = p_user AND m."orgId" <> v_org) THEN 'shared'
    ELSE 'ok'
  END;
END
$$;

-- A new user (no password yet) with one membership here, or, for an e-mail
-- already in use, 'exists' and nothing changes: an administrator does not
-- attach another organisation's account to her own (ADR 0033).
CREATE OR REPLACE FUNCTION app_admin_create_user(p_email text, p_name text, p_role "Role") RETURNS uuid
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_org uuid := app_require_user_admin();
  v_user uuid;
BEGIN
  INSERT INTO "User" (id, email, name) VALUES (gen_random_uuid(), p_email, p_name)
    ON CONFLICT (email) DO NOTHING RETURNING id INTO v_user;
  IF v_user IS NULL THEN RETURN NULL; END IF;
  INSERT INTO "Membership" (id, "userId", "orgId", role) VALUES (gen_random_uuid(), v_user, v_org, p_role);
  RETURN v_user;
END
$$;

-- The user's role in the current organisation.
CREATE OR REPLACE FUNCTION app_admin_set_role(p_user uuid, p_role "Role") RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_org uuid := app_require_user_admin();
  v_before text;
BEGIN
  SELECT role::text INTO v_before FROM "Membership" WHERE "userId" = p_user AND "orgId" = v_org FOR UPDATE;
  IF v_before IS NULL THEN RETURN 'not-found'; END IF;
  UPDATE "Membership" SET role = p_role WHERE "userId" = p_user AND "orgId" = v_org;
  RETURN v_before;
END
$$;

-- Removes the user's membership of the current organisation; her sessions
-- there end on their next request (session-check.ts re-reads the membership).
CREATE OR REPLACE FUNCTION app_admin_remove_membership(p_user uuid) RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_org uuid := app_require_user_admin();
  v_before text;
BEGIN
  DELETE FROM "Membership" WHERE "userId" = p_user AND "orgId" = v_org RETURNING role::text INTO v_before;
  RETURN COALESCE(v_before, 'not-found');
END
$$;

-- Deactivates (or reactivates) an account used only here. Deactivation ends
-- every session at once: the session version moves and every session row ends.
CREATE OR REPLACE FUNCTION app_admin_set_active(p_user uuid, p_active boolean) RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_reach text := app_user_admin_reach(p_user);
BEGIN
  IF v_reach <> 'ok' THEN RETURN v_reach; END IF;
  IF p_active THEN
    UPDATE "User" SET "deactivatedAt" = NULL, "failedLoginCount" = 0, "lockedUntil" = NULL WHERE id = p_user;
  ELSE
    UPDATE "User" SET "deactivatedAt" = now(), "sessionVersion" = "sessionVersion" + 1 WHERE id = p_user;
    UPDATE "UserSession" SET "endedAt" = now() WHERE "userId" = p_user AND "endedAt" IS NULL;
  END IF;
  RETURN 'ok';
END
$$;

-- A one-time set-password link (the app keeps the token, the database its
-- SHA-256). Earlier unused links of the user stop working.
CREATE OR REPLACE FUNCTION app_admin_password_link(p_user uuid, p_token_hash text, p_expires timestamptz) RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_reach text := app_user_admin_reach(p_user);
BEGIN
  IF v_reach <> 'ok' THEN RETURN v_reach; END IF;
  UPDATE "PasswordToken" SET "usedAt" = now() WHERE "userId" = p_user AND "usedAt" IS NULL;
  INSERT INTO "PasswordToken" (id, "userId", "tokenHash", "expiresAt", "createdById")
    VALUES (gen_random_uuid(), p_user, p_token_hash, p_expires, app_current_user());
  RETURN 'ok';
END
$$;

-- Removes the user's TOTP and recovery codes; she enrols again with a new
-- set-password link or on her own page.
CREATE OR REPLACE FUNCTION app_admin_reset_totp(p_user uuid) RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_reach text := app_user_admin_reach(p_user);
BEGIN
  IF v_reach <> 'ok' THEN RETURN v_reach; END IF;
  UPDATE "User" SET "totpSecret" = NULL, "totpEnabledAt" = NULL, "totpLastStep" = NULL WHERE id = p_user;
  DELETE FROM "RecoveryCode" WHERE "userId" = p_user;
  RETURN 'ok';
END
$$;

REVOKE ALL ON FUNCTION app_require_user_admin() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_user_admin_reach(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_admin_create_user(text, text, "Role") FROM PUBLIC;
REVOKE ALL ON FUNCTION app_admin_set_role(uuid, "Role") FROM PUBLIC;
REVOKE ALL ON FUNCTION app_admin_remove_membership(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_admin_set_active(uuid, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_admin_password_link(uuid, text, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_admin_reset_totp(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_admin_create_user(text, text, "Role") TO app_runtime;
GRANT EXECUTE ON FUNCTION app_admin_set_role(uuid, "Role") TO app_runtime;
GRANT EXECUTE ON FUNCTION app_admin_remove_membership(uuid) TO app_runtime;
GRANT EXECUTE ON FUNCTION app_admin_set_active(uuid, boolean) TO app_runtime;
GRANT EXECUTE ON FUNCTION app_admin_password_link(uuid, text, timestamptz) TO app_runtime;
GRANT EXECUTE ON FUNCTION app_admin_reset_totp(uuid) TO app_runtime;

-- Whether an account is active and has TOTP: the administrator's user list
-- shows both. Never the secret, the hashes, the lockout or the session state.
GRANT SELECT ("deactivatedAt", "totpEnabledAt") ON "User" TO app_runtime;

-- A user sees her own sessions and ends them one by one; nobody else sees them.
ALTER TABLE "UserSession" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "UserSession" FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS user_session_read ON "UserSession";
CREATE POLICY user_session_read ON "UserSession" FOR SELECT TO app_runtime
  USING ("userId" = (SELECT app_current_user()));
DROP POLICY IF EXISTS user_session_end ON "UserSession";
CREATE POLICY user_session_end ON "UserSession" FOR UPDATE TO app_runtime
  USING ("userId" = (SELECT app_current_user())) WITH CHECK ("userId" = (SELECT app_current_user()));
GRANT SELECT ("id", "userId", "userAgent", "createdAt", "lastSeenAt", "endedAt") ON "UserSession" TO app_runtime;
GRANT UPDATE ("endedAt") ON "UserSession" TO app_runtime;

-- Set-password tokens, recovery codes and single sign-on links: no grant at all. Sign-in and the
-- set-password page read them on the system path (before any session).
ALTER TABLE "PasswordToken" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PasswordToken" FORCE ROW LEVEL SECURITY;
ALTER TABLE "RecoveryCode" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RecoveryCode" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ExternalIdentity" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ExternalIdentity" FORCE ROW LEVEL SECURITY;
