// TOTP and recovery codes (ADR 0033): a code from the app matches once, one
// step of drift is allowed and no more, a sealed secret opens only for its
// user, and who must have TOTP follows the organisation setting.
import { Secret, TOTP } from "otpauth";
import { beforeAll, describe, expect, it } from "vitest";
import { isRecoveryCodeShape, matchTotp, newRecoveryCodes, newTotpSecret, openTotpSecret, otpauthUri, recoveryCodeHash, sealTotpSecret } from "@/lib/auth/totp";
import { requiresTotp } from "@/lib/auth/totp-rules";

const codeAt = (secret: string, ms: number) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: ms });

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "unit-test-secret-unit-test-secret";
});

describe("TOTP codes", () => {
  const secret = newTotpSecret();
  const now = 1_780_000_000_000;

  it("accepts the current code once, and a code one step old, but not two", () => {
    const step = matchTotp(secret, codeAt(secret, now), null, now);
    expect(step).toBe(Math.floor(now / 30_000));
    expect(matchTotp(secret, codeAt(secret, now), step, now)).toBeNull();
    expect(matchTotp(secret, codeAt(secret, now - 30_000), null, now)).toBe(step! - 1);
    expect(matchTotp(secret, codeAt(secret, now - 90_000), null, now)).toBeNull();
    expect(matchTotp(secret, "12345", null, now)).toBeNull();
  });

  it("puts issuer and account in the otpauth address", () => {
    expect(otpauthUri(secret, "a@b.dk")).toMatch(/^otpauth:\/\/totp\/Samforl%C3%B8b:a%40b\.dk\?issuer=Samforl%C3%B8b&secret=/);
  });

  it("opens a sealed secret only for its own user and untampered", () => {
    const sealed = sealTotpSecret("user-1", secret);
    expect(openTotpSecret("user-1", sealed)).toBe(secret);
    expect(openTotpSecret("user-2", sealed)).toBeNull();
    const [iv, tag, data] = sealed.split(".");
    const flipped = `${data![0] === "A" ? "B" : "A"}${data!.slice(1)}`;
    expect(openTotpSecret("user-1", [iv, tag, flipped].join("."))).toBeNull();
    expect(openTotpSecret("user-1", "noise")).toBeNull();
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes whose hash ignores case and the dash", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(isRecoveryCodeShape(code)).toBe(true);
    expect(recoveryCodeHash(codes[0]!.toUpperCase().replace("-", ""))).toBe(recoveryCodeHash(codes[0]!));
    expect(isRecoveryCodeShape("123456")).toBe(false);
  });
});

describe("who must have TOTP", () => {
  it("administrators and leaders, unless their organisation switched the requirement off", () => {
    expect(requiresTotp([{ role: "ADMIN", orgSettings: {} }])).toBe(true);
    expect(requiresTotp([{ role: "LEDER", orgSettings: { security: { totpForLeaders: true } } }])).toBe(true);
    expect(requiresTotp([{ role: "LEDER", orgSettings: { security: { totpForLeaders: false } } }])).toBe(false);
    expect(requiresTotp([{ role: "SAGSBEHANDLER", orgSettings: {} }])).toBe(false);
    expect(requiresTotp([{ role: "SAGSBEHANDLER", orgSettings: {} }, { role: "ADMIN", orgSettings: null }])).toBe(true);
  });
});
