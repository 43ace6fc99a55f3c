import { afterEach, describe, expect, it, vi } from "vitest";
import { applySecurityHeaders, contentSecurityPolicy, HSTS_VALUE, newNonce } from "@/lib/http/security-headers";
import { MAX_BODY_BYTES, refuseMalformedPath, refuseUnsafeRequest } from "@/lib/http/request-guard";

afterEach(() => vi.unstubAllEnvs());

describe("Content-Security-Policy and HSTS (ADR 0031)", () => {
  it("scripts only with the nonce, never unsafe-inline or eval in production", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { dev: true, https: false })).toMatch(/script-src[^;]*'unsafe-eval'/);
  });

  it("a fresh nonce of 128 bits each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from([...nonces][0]!, "base64")).toHaveLength(16);
  });

  it("HSTS with two years only when NEXTAUTH_URL is https", () => {
    const plain = new Headers();
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    applySecurityHeaders(plain, "csp");
    expect(plain.get("strict-transport-security")).toBeNull();
    vi.stubEnv("NEXTAUTH_URL", "https://samforloeb.example.dk");
    const secure = new Headers();
    applySecurityHeaders(secure, "csp");
    expect(secure.get("strict-transport-security")).toBe(HSTS_VALUE);
    expect(HSTS_VALUE).toMatch(/max-age=(\d+)/);
    expect(Number(HSTS_VALUE.match(/max-age=(\d+)/)![1])).toBeGreaterThanOrEqual(31_536_000);
  });
});

describe("the proxy's refusals", () => {
  const post = (headers: Record<string, string>) => refuseUnsafeRequest("POST", new Headers({ host: "app.example.dk", ...headers }));

  it("lets reads and same-origin writes through", () => {
    expect(refuseUnsafeRequest("GET", new Headers({ host: "a" }))).toBeNull();
    expect(post({ origin: "https://app.example.dk", "content-length": "10" })).toBeNull();
    expect(post({ origin: "https://other", "x-forwarded-host": "other", "content-length": "10" })).toBeNull();
  });

  it("refuses a foreign, missing or opaque Origin with 403", () => {
    for (const origin of [undefined, "null", "https://angriber.example", "not a url", "https://app.example.dk.angriber.example"]) {
      const refused = post(origin ? { origin } : {});
      expect(refused?.status, String(origin)).toBe(403);
    }
  });

  it("refuses a body over the limit with 413 and one of unknown size with 411", () => {
    const origin = "https://app.example.dk";
    expect(post({ origin, "content-length": String(MAX_BODY_BYTES + 1) })?.status).toBe(413);
    expect(post({ origin, "content-length": String(MAX_BODY_BYTES) })).toBeNull();
    expect(post({ origin, "transfer-encoding": "chunked" })?.status).toBe(411);
    expect(post({ origin, "content-length": "-1" })?.status).toBe(400);
  });
});

describe("refuseMalformedPath", () => {
  it("lets UTF-8 paths through and answers a path that is not UTF-8 with 400", () => {
    expect(refuseMalformedPath("/sager/%C3%A6%C3%B8%C3%A5")).toBeNull();
    expect(refuseMalformedPath("/sager/1234/planer/abc")).toBeNull();
    expect(refuseMalformedPath("/sager/x/planer/%ED%BF%BF/print")?.status).toBe(400);
    expect(refuseMalformedPath("/sager/%E0%A4%A")?.status).toBe(400);
  });
});
