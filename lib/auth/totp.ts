import "server-only";
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";

// TOTP for local accounts (RFC 6238: SHA-1, 6 digits, 30 s, what every
// authenticator app reads), ADR 0033. The secret is AES-256-GCM sealed with a
// key derived from NEXTAUTH_SECRET and bound to the user id, at rest and in
// the enrolment form alike: a sealed secret is useless to anyone else.

const ISSUER = "Samforløb";
const PERIOD_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;

function sealingKey(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return Buffer.from(hkdfSync("sha256", secret, "samforloeb", "totp-secret-v1", 32));
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function sealTotpSecret(userId: string, base32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealingKey(), iv);
  cipher.setAAD(Buffer.from(userId));
  const data = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((part) => part.toString("base64url")).join(".");
}

/** The secret, or null when the sealed text is not this user's or was tampered with. */
export function openTotpSecret(userId: string, sealed: string): string | null {
  try {
    const [iv, tag, data] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
    if (!iv || !tag || !data) return null;
    const decipher = createDecipheriv("aes-256-gcm", sealingKey(), iv);
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

function totpOf(base32: string, label = "bruger"): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(base32) });
}

/** The otpauth:// address the QR code carries. */
export function otpauthUri(base32: string, email: string): string {
  return totpOf(base32, email).toString();
}

/**
 * The time step a code matches (one step of clock drift either way), if it is
 * later than `lastStep`; else null. A code is accepted once: the caller keeps
 * the returned step as the new lastStep.
 */
export function matchTotp(base32: string, code: string, lastStep: number | null, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(base32).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten one-time recovery codes, "xxxxx-xxxxx" (about 49 bits each): shown once, stored as hashes. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(10)].map((byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function isRecoveryCodeShape(code: string): boolean {
  return /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(code.trim());
}

/** SHA-256 suffices: the codes are random and long, so there is nothing to guess offline (unlike a password). */
export function recoveryCodeHash(code: string): string {
  return createHash("sha256").update(code.trim().toLowerCase().replace("-", "")).digest("hex");
}
