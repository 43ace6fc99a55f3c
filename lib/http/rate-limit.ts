import "server-only";
import { createHash } from "node:crypto";
import { withSystem } from "@/lib/db/with-access";
import type { Db } from "@/lib/db/types";

// Fixed-window rate limits in PostgreSQL (ADR 0031): one row per rule and
// subject, counted by one atomic upsert, so every app process sees the same
// count. A subject (an IP, an e-mail, a feed token) is stored only hashed.

export type RateRule = { name: string; limit: number; windowSeconds: number };

/** Generous for people, tight for scripts. Per IP is high: a kommune's staff share one address. */
export const RATE_RULES = {
  signInPerIp: { name: "login-ip", limit: 60, windowSeconds: 600 },
  signInPerAccount: { name: "login-account", limit: 10, windowSeconds: 600 },
  exportPerUser: { name: "export", limit: 30, windowSeconds: 600 },
  feedPerToken: { name: "feed", limit: 30, windowSeconds: 600 },
  feedPerIp: { name: "feed-ip", limit: 300, windowSeconds: 600 },
} as const satisfies Record<string, RateRule>;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

function keyOf(rule: RateRule, subject: string): string {
  return `${rule.name}:${createHash("sha256").update(subject).digest("hex").slice(0, 32)}`;
}

function decide(rule: RateRule, row: { hits: number; windowStart: Date } | undefined, now: Date): RateDecision {
  if (!row || row.hits <= rule.limit) return { allowed: true };
  const endsAt = row.windowStart.getTime() + rule.windowSeconds * 1000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}

/** The atomic upsert of one counter, in the caller's transaction. */
async function count(db: Db, rule: RateRule, subject: string, now: Date): Promise<RateDecision> {
  // A window that has run out starts again at this request; otherwise the count goes up.
  // Every SET expression sees the row as it was, so both CASEs test the old window.
  const [row] = await db.$queryRaw<{ hits: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" (key, "windowStart", hits) VALUES (${keyOf(rule, subject)}, ${now}::timestamptz, 1)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN "RateLimit"."windowStart" <= ${now}::timestamptz - make_interval(secs => ${rule.windowSeconds})
                  THEN 1 ELSE "RateLimit".hits + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${now}::timestamptz - make_interval(secs => ${rule.windowSeconds})
                  THEN EXCLUDED."windowStart" ELSE "RateLimit"."windowStart" END
    RETURNING hits, "windowStart"`;
  return decide(rule, row, now);
}

/** Counts one request of `subject` under `rule` and says whether it is within the limit. */
export function hitRateLimit(rule: RateRule, subject: string, now = new Date()): Promise<RateDecision> {
  return withSystem((db) => count(db, rule, subject, now));
}

/** Takes back one counted request of each (sign-ins that succeeded: only failures should add up), in one statement. */
export async function refundRateLimits(hits: readonly [RateRule, string][]): Promise<void> {
  const keys = hits.map(([rule, subject]) => keyOf(rule, subject));
  await withSystem((db) => db.$executeRaw`UPDATE "RateLimit" SET hits = GREATEST(hits - 1, 0) WHERE key = ANY(${keys}::text[])`);
}

/** The first refusal among several rules (all are counted, in one transaction), or allowed. */
export function hitRateLimits(hits: readonly [RateRule, string][], now = new Date()): Promise<RateDecision> {
  return withSystem(async (db) => {
    let refused: RateDecision = { allowed: true };
    for (const [rule, subject] of hits) {
      const decision = await count(db, rule, subject, now);
      if (!decision.allowed && refused.allowed) refused = decision;
    }
    return refused;
  });
}

export const TOO_MANY_REQUESTS_MESSAGE = "For mange forsøg på kort tid. Vent lidt, og prøv igen.";

/** HTTP 429 with Retry-After, in Danish. */
export function tooManyRequests(decision: { retryAfterSeconds: number }, message = TOO_MANY_REQUESTS_MESSAGE): Response {
  return new Response(message, {
    status: 429,
    headers: { "Retry-After": String(decision.retryAfterSeconds), "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** 429 when `subject` is over `rule` (this request counted), else null: a route's first line. */
export async function refuseOverLimit(rule: RateRule, subject: string): Promise<Response | null> {
  const decision = await hitRateLimit(rule, subject);
  return decision.allowed ? null : tooManyRequests(decision);
}

/**
 * The client's address as the nearest proxy reports it: the first entry of
 * X-Forwarded-For (Next.js sets it from the socket when no proxy did). In
 * production the reverse proxy must overwrite the header (ADR 0014, 0031).
 */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "ukendt";
}

/** Removes counters whose window ended more than a day ago (the rate-limit-cleanup job). */
export async function deleteExpiredRateLimits(db: Db, now = new Date()): Promise<number> {
  return db.$executeRaw`DELETE FROM "RateLimit" WHERE "windowStart" < ${now}::timestamptz - interval '1 day'`;
}
