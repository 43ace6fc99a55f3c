const INTERNAL_ORIGIN = "http://internal.invalid";

/**
 * A same-origin path to send the user to after sign-in, or `fallback`.
 * Browsers normalise `\` to `/` and strip tabs and newlines, so `/\evil.example`
 * and `/%09/evil.example` become protocol-relative URLs to another host: the
 * raw value must be free of those, and resolving it must keep our origin.
 */
export function safeCallbackUrl(raw: string | null | undefined, fallback = "/sager"): string {
  if (typeof raw !== "string" || raw === "") return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//")) return fallback;
  if (raw.includes("\\") || /[\s\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw.split(/[?#]/, 1)[0] ?? "");
  } catch {
    return fallback;
  }
  // Encoded forms of the same tricks in the path (%5C, %09, %2F%2F) are refused too.
  if (decoded.includes("\\") || /[\s\u0000-\u001f\u007f]/.test(decoded) || decoded.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(raw, INTERNAL_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== INTERNAL_ORIGIN) return fallback;
  if (!url.pathname.startsWith("/") || url.pathname.startsWith("//")) return fallback;
  return url.pathname + url.search + url.hash;
}
