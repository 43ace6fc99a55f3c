// Refusals the proxy gives before any page, action or route runs (ADR 0031):
// a write from another site (CSRF) and a body too large to read. Next.js
// answers both with HTTP 500 itself (a foreign Origin on a server action, a
// body over serverActions.bodySizeLimit), so they are answered here first.

/** The largest request body accepted; also next.config.js's serverActions.bodySizeLimit. */
export const MAX_BODY_BYTES = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const FOREIGN_ORIGIN_MESSAGE = "Anmodningen kom ikke fra Samforløbs egne sider og er afvist. Genindlæs siden og prøv igen.";
export const TOO_LARGE_MESSAGE = "Anmodningen er for stor (højst 1 MB). Intet blev gemt.";
export const LENGTH_REQUIRED_MESSAGE = "Anmodningen mangler sin længde (Content-Length) og er afvist. Intet blev gemt.";

function refusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** The host the browser addressed: behind a reverse proxy its X-Forwarded-Host, as Next.js's own check reads it. */
function requestHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

function originHost(origin: string | null): string | null {
  if (!origin || origin === "null") return null;
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * A refusal for a state-changing request that is not plainly from our own
 * pages, or null to let it through. Every browser sends Origin on a POST, so
 * a missing one is a hand-made request: refused too. next-auth's own POSTs
 * (sign-in, sign-out) come from our pages and pass the same test.
 */
export function refuseUnsafeRequest(method: string, headers: Headers): Response | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const host = requestHost(headers);
  const from = originHost(headers.get("origin"));
  if (!host || !from || from !== host) return refusal(403, FOREIGN_ORIGIN_MESSAGE);
  const length = headers.get("content-length");
  // Without a length the body's size is unknown until read; browsers always send one.
  if (length === null) return headers.get("transfer-encoding") ? refusal(411, LENGTH_REQUIRED_MESSAGE) : null;
  const bytes = Number(length);
  if (!Number.isSafeInteger(bytes) || bytes < 0) return refusal(400, LENGTH_REQUIRED_MESSAGE);
  if (bytes > MAX_BODY_BYTES) return refusal(413, TOO_LARGE_MESSAGE);
  return null;
}

export const MALFORMED_PATH_MESSAGE = "Adressen indeholder ugyldige tegn og findes ikke.";

/**
 * A refusal for a path whose percent-encoding is not UTF-8 (e.g. %ED%BF%BF,
 * a lone surrogate): Next.js fails decoding such a dynamic segment with HTTP
 * 500, so it is answered here with 400 before any page runs.
 */
export function refuseMalformedPath(pathname: string): Response | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return refusal(400, MALFORMED_PATH_MESSAGE);
  }
}
