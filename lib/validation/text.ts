import { z } from "@/lib/validation/zod";

// The one string schema for input from a form, an action or a URL (ADR 0031).
// PostgreSQL refuses a NUL byte in text (the request then failed with HTTP
// 500), and other control characters have no business in a case file: they
// hide text, break exports and terminals. Tab, line feed and carriage return
// are text. A lone UTF-16 surrogate is no character at all.

// C0 controls but tab, LF and CR; DEL; the C1 controls.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const CONTROL_CHARACTER_MESSAGE = "Teksten indeholder ugyldige tegn (kontroltegn). Fjern dem og prøv igen.";

/** Whether `value` is free of control characters and well-formed UTF-16. */
export function isCleanText(value: string): boolean {
  return !CONTROL_CHARACTERS.test(value) && isWellFormed(value);
}

// String.prototype.isWellFormed is too new for every browser the forms run in;
// encodeURIComponent has always refused a lone surrogate.
function isWellFormed(value: string): boolean {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

/** `z.string(params)` that refuses control characters; chain `.trim().min().max()` as on any string. */
export function text(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine(isCleanText, { error: CONTROL_CHARACTER_MESSAGE, abort: true });
}
