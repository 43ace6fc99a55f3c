// Small numbers: an aggregate count from 1 to 4 could point at a person (in a
// small kommune "the one anonymous report this month" is someone), so it is
// shown as "<5" and any share computed from it is hidden. Zero is no person.

export const SUPPRESS_BELOW = 5;

export type Shown = { text: string; suppressed: boolean };

export function isSuppressed(count: number): boolean {
  return count > 0 && count < SUPPRESS_BELOW;
}

/** A count for display: "<5" for 1..4, the number otherwise. */
export function showCount(count: number): Shown {
  return isSuppressed(count) ? { text: "<5", suppressed: true } : { text: String(count), suppressed: false };
}

/**
 * A share part/whole as a whole percentage. Hidden ("–") when the whole is
 * 0, or when the whole, the part or the rest is 1..4: each lets a reader work
 * a small count back out.
 */
export function showShare(part: number, whole: number): Shown {
  if (whole === 0 || isSuppressed(whole) || isSuppressed(part) || isSuppressed(whole - part)) {
    return { text: "–", suppressed: whole !== 0 };
  }
  return { text: `${Math.round((part / whole) * 100)} %`, suppressed: false };
}
