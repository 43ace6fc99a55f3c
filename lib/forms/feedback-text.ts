import { copenhagenDay, shiftDay } from "@/lib/domain/calendar";
/**
 * Danish wording of form feedback (issue 9 item 7, ADR 0021): pure, so the
 * texts are unit-tested and the components only place them.
 */
const NUMBER = new Intl.NumberFormat("da-DK");

/** GOV.UK / DKFDS error summary heading: "Der er en fejl", "Der er 3 fejl". */
export function errorSummaryHeading(count: number): string {
  return count === 1 ? "Der er en fejl" : `Der er ${NUMBER.format(count)} fejl`;
}

/** "123 / 10.000 tegn" under a long text field. */
export function characterCountText(length: number, max: number): string {
  return `${NUMBER.format(length)} / ${NUMBER.format(max)} tegn`;
}

/** The limit as a schema message states it: "højst 10.000 tegn". */
export function maxLengthText(max: number): string {
  return `højst ${NUMBER.format(max)} tegn`;
}

/**
 * A screen reader hears the counter only near the limit (90 %) or over it,
 * not on every key press.
 */
export function isNearLimit(length: number, max: number): boolean {
  return length >= Math.floor(max * 0.9);
}

export type SummaryError = { name: string; message: string };

/**
 * react-hook-form's nested errors as one list in form order, each with the
 * field's register name ("externals.0.email"): the error summary links to
 * the control of that name. An array's own error ("root") is its parent's.
 */
export function flattenErrors(errors: unknown, path = ""): SummaryError[] {
  if (!errors || typeof errors !== "object") return [];
  const node = errors as Record<string, unknown>;
  const own = typeof node.message === "string" && node.message && path ? [{ name: path, message: node.message }] : [];
  const nested = Object.entries(node)
    .filter(([key]) => !["message", "type", "types", "ref"].includes(key))
    .flatMap(([key, value]) => flattenErrors(value, key === "root" ? path : path ? `${path}.${key}` : key));
  return [...own, ...nested];
}

/**
 * A report received more than 7 days ago (the form's "YYYY-MM-DDTHH:mm",
 * Copenhagen time): may be right, a letter found late, but its clocks are
 * already overdue. A warning beside the field, never a block (ADR 0021).
 */
export function staleReportWarning(receivedAt: string | undefined, now = new Date()): string | undefined {
  const day = receivedAt?.slice(0, 10) ?? "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day >= shiftDay(copenhagenDay(now), -7)) return undefined;
  return "Underretningen er modtaget for mere end 7 dage siden: fristerne for vurdering (24 timer) og kvittering (6 hverdage) er allerede overskredet.";
}
