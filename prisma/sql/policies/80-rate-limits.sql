-- Rate-limit counters (ADR 0031): no tenant data, and no request role may
-- read or write them. The owner (sign-in, lib/http/rate-limit.ts) bypasses
-- row-level security; app_runtime has no grant and, with RLS forced, no row.
ALTER TABLE "RateLimit" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RateLimit" FORCE ROW LEVEL SECURITY;
REVOKE ALL ON "RateLimit" FROM app_runtime;
