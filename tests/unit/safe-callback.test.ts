import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";

describe("safeCallbackUrl", () => {
  it.each([
    "//evil.example",
    "/\\evil.example",
    "/%09/evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "/\t/evil.example",
    "/\n/evil.example",
    "/%5Cevil.example",
    "/%2F/evil.example",
    "\\\\evil.example",
    " /sager",
    "sager",
    "",
  ])("refuses %j", (raw) => {
    expect(safeCallbackUrl(raw)).toBe("/sager");
  });

  it("falls back for a missing value and honours a custom fallback", () => {
    expect(safeCallbackUrl(undefined)).toBe("/sager");
    expect(safeCallbackUrl(null)).toBe("/sager");
    expect(safeCallbackUrl("//evil.example", "/indbakke")).toBe("/indbakke");
  });

  it.each([
    ["/sager?stage=INDSATS", "/sager?stage=INDSATS"],
    ["/sager/3f2b8c1e-6a4d-4e3b-9f1a-2c5d7e8f9a0b", "/sager/3f2b8c1e-6a4d-4e3b-9f1a-2c5d7e8f9a0b"],
    ["/sager#noter", "/sager#noter"],
    ["/sager?q=Anne%20Hansen", "/sager?q=Anne%20Hansen"],
    ["/", "/"],
  ])("keeps the same-origin path %j", (raw, expected) => {
    expect(safeCallbackUrl(raw)).toBe(expected);
  });
});
