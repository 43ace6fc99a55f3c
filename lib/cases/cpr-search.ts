import "server-only";
import { decryptCpr, encryptCpr } from "@/lib/persons/cpr-vault";

// A CPR search must not put the CPR number in the URL, where it would land in
// browser history, proxy and access logs and Referer headers. The search form
// posts it; the server answers with a redirect whose URL carries it encrypted
// (AES-GCM with a fresh IV: two searches for the same person look unrelated).

/** The URL parameter that carries the searched CPR. */
export const CPR_TOKEN_PARAM = "cprToken";

export function cprSearchToken(input: string): string {
  return encryptCpr(input.trim());
}

/** Stands for a token that could not be read: the search shows no CPR and says it is invalid. */
export const UNREADABLE_CPR = "ugyldig";

/** The searched text back, or null for a token that is not ours. */
export function cprFromSearchToken(token: string | undefined): string | null {
  if (!token) return null;
  try {
    return decryptCpr(token);
  } catch {
    return null;
  }
}
