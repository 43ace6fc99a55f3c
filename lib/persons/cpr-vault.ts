import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

// CPR at rest: AES-256-GCM ciphertext plus an HMAC-SHA256 blind index for
// exact look-up. Two separate keys, so the index key cannot decrypt.

function key(name: "CPR_ENCRYPTION_KEY" | "CPR_INDEX_KEY"): Buffer {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (32 bytes, base64): see .env.example`);
  const buffer = Buffer.from(value, "base64");
  if (buffer.length !== 32) throw new Error(`${name} must be 32 bytes encoded as base64`);
  return buffer;
}

export function encryptCpr(cpr: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key("CPR_ENCRYPTION_KEY"), iv);
  const data = Buffer.concat([cipher.update(cpr, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((part) => part.toString("base64url")).join(".");
}

export function decryptCpr(ciphertext: string): string {
  const [iv, tag, data] = ciphertext.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !data) throw new Error("malformed CPR ciphertext");
  const decipher = createDecipheriv("aes-256-gcm", key("CPR_ENCRYPTION_KEY"), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
}

/** Deterministic: the same CPR always gives the same index. Input: 10 digits. */
export function cprBlindIndex(cpr: string): string {
  return createHmac("sha256", key("CPR_INDEX_KEY")).update(cpr).digest("hex");
}
