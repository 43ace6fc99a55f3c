import { characterCountText, isNearLimit } from "@/lib/forms/feedback-text";

/**
 * Live counter under a long text field (ADR 0021). Always visible; announced
 * (aria-live polite) only near the limit, so a screen reader is not read every
 * key press.
 */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const near = isNearLimit(length, max);
  return (
    <p id={id} aria-live={near ? "polite" : "off"} className={`text-sm ${length > max ? "font-medium text-red-700" : "text-slate-600"}`}>
      {characterCountText(length, max)}
    </p>
  );
}
