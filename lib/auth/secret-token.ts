import "server-only";
import { createHash, randomBytes } from "node:crypto";

// Secrets that travel in a URL (a calendar feed's address, a set-password
// link): 256 random bits, and the database keeps only their SHA-256, so a
// leaked table gives no working link.

/** 32 random bytes, base64url: 43 characters. */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
