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
