-- Baseline: the schema, the runtime roles and the access policy in one
-- script (ADR 0010). The policy part is a copy of prisma/sql/policies/*.sql,
-- in file order, and tests/integration/policy-source.test.ts checks that a
-- migrated database holds exactly those definitions: a later migration that
-- changes a policy changes its source file too.

-- ---------------------------------------------------------------------------
-- Roles (cluster-wide, so created only when missing)
-- ---------------------------------------------------------------------------
-- app_runtime: what a request may do. No login, no bypass of row-level security.
-- app_login: the request pool's login. NOINHERIT and a member of app_runtime
-- only, so it holds no privilege until it sets that role, and it can never
-- become the owner: SET ROLE to any other role fails, and RESET ROLE leaves a
-- login that can read nothing. Give it a password where the server asks for
-- one: ALTER ROLE app_login PASSWORD '...' (README).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_runtime') THEN
    CREATE ROLE app_runtime NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_login') THEN
    CREATE ROLE app_login LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
  -- The owner (who runs the migrations) sets the runtime role in tests and on
  -- the embedded database.
  IF NOT pg_has_role(current_user, 'app_runtime', 'MEMBER') THEN
    EXECUTE format('GRANT app_runtime TO %I', current_user);
  END IF;
  IF NOT pg_has_role('app_login', 'app_runtime', 'MEMBER') THEN
    GRANT app_runtime TO app_login;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO app_runtime;

-- ---------------------------------------------------------------------------
-- Schema (prisma migrate diff --from-empty --to-schema prisma/schema.prisma)
-- ---------------------------------------------------------------------------
