// Issue 13 item 6: rate limits in PostgreSQL (ADR 0031). The counter is one
// atomic upsert (a parallel burst gets exactly the limit through), a window
// runs out, and sign-in, the disclosure export and the calendar feed answer
// 429 with Retry-After once over it.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AccessContext } from "@/lib/access/context";
import { limitSignIn } from "@/lib/auth/route-guard";
import { hitRateLimit, RATE_RULES } from "@/lib/http/rate-limit";
import { freshTenant, onRealServer, owner, rawAsRuntime, type Tenant } from "./helpers";

const acting: { ctx?: AccessContext } = {};
vi.mock("@/lib/auth/context", () => ({ getAccessContext: async () => acting.ctx ?? null }));

let tenant: Tenant;
beforeAll(async () => {
  tenant = await freshTenant("Hastighed");
  acting.ctx = tenant.ctx;
});

const rule = (limit: number, windowSeconds = 60) => ({ name: `test-${randomUUID()}`, limit, windowSeconds });

describe("the counter", () => {
  it("lets exactly the limit through a parallel burst", async () => {
    const r = rule(10);
    const decisions = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit(r, "samme")));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    const refused = decisions.find((d) => !d.allowed);
    expect(refused && !refused.allowed && refused.retryAfterSeconds).toBeGreaterThan(0);
    console.log(`rate limit: 40 parallel requests, limit 10, ${decisions.filter((d) => d.allowed).length} allowed (${onRealServer() ? "PostgreSQL" : "PGlite"})`);
  });

  it("starts again when the window has run out, and counts each subject apart", async () => {
    const r = rule(2, 60);
    const t0 = new Date("2026-12-06T10:00:00Z");
    for (let i = 0; i < 2; i++) expect((await hitRateLimit(r, "a", t0)).allowed).toBe(true);
    expect(await hitRateLimit(r, "a", new Date(t0.getTime() + 30_000))).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect((await hitRateLimit(r, "b", t0)).allowed).toBe(true);
    expect((await hitRateLimit(r, "a", new Date(t0.getTime() + 60_000))).allowed).toBe(true);
  });

  it("stores no subject in the clear", async () => {
    await hitRateLimit(RATE_RULES.signInPerAccount, "hemmelig@test.samforloeb");
    expect(await owner().rateLimit.count({ where: { key: { contains: "hemmelig" } } })).toBe(0);
  });

  it("is out of a request's reach: the runtime role can neither read nor reset a counter", async () => {
    await expect(rawAsRuntime(tenant.ctx, `SELECT * FROM "RateLimit"`)).rejects.toThrow(/permission denied/);
    await expect(rawAsRuntime(tenant.ctx, `DELETE FROM "RateLimit"`)).rejects.toThrow(/permission denied/);
  });
});

function signInRequest(email: string, ip: string): NextRequest {
  return new NextRequest("http://localhost:3000/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    body: new URLSearchParams({ email, password: "forkert", csrfToken: "x", json: "true" }),
  });
}
const failed = async () => Response.json({ url: "http://localhost:3000/login?error=CredentialsSignin" }, { status: 401 });
const succeeded = async () => Response.json({ url: "http://localhost:3000/sager" });

describe("sign-in", () => {
  it("per account: the 11th failure in ten minutes is 429 with Retry-After, before any password check", async () => {
    const email = `ukendt-${randomUUID()}@test.samforloeb`;
    const statuses: number[] = [];
    for (let i = 0; i < RATE_RULES.signInPerAccount.limit + 1; i++) {
      statuses.push((await limitSignIn(signInRequest(email, `198.51.100.${i}`), failed)).status);
    }
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    const refused = await limitSignIn(signInRequest(email.toUpperCase(), "198.51.100.200"), () => { throw new Error("the password must not be checked"); });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { url: string }).url).toContain("error=RateLimited");
  });

  it("per IP: many accounts from one address are refused; successful sign-ins do not count", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    for (let i = 0; i < 20; i++) expect((await limitSignIn(signInRequest(`ok-${i}-${randomUUID()}@test.samforloeb`, ip), succeeded)).status).toBe(200);
    for (let i = 0; i < RATE_RULES.signInPerIp.limit; i++) {
      expect((await limitSignIn(signInRequest(`spray-${i}-${randomUUID()}@test.samforloeb`, ip), failed)).status).toBe(401);
    }
    expect((await limitSignIn(signInRequest(`spray-sidste@test.samforloeb`, ip), failed)).status).toBe(429);
  });
});

describe("export and calendar feed", () => {
  it("the disclosure export answers 429 once a user is over the limit", async () => {
    const { GET } = await import("@/app/api/sager/[id]/videregivelser/route");
    const statuses: number[] = [];
    for (let i = 0; i <= RATE_RULES.exportPerUser.limit; i++) {
      statuses.push((await GET(new Request("http://localhost/x"), { params: Promise.resolve({ id: randomUUID() }) })).status);
    }
    expect(statuses.slice(0, -1).every((s) => s === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it("the calendar feed answers 429 for a token polled too often", async () => {
    const { GET } = await import("@/app/api/kalender/[token]/route");
    const token = randomUUID().replace(/-/g, "");
    const get = (ip: string) => GET(new Request("http://localhost/x", { headers: { "x-forwarded-for": ip } }), { params: Promise.resolve({ token: `${token}.ics` }) });
    for (let i = 0; i < RATE_RULES.feedPerToken.limit; i++) expect((await get(`192.0.2.${i}`)).status).toBe(404);
    const refused = await get("192.0.2.250");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});
