/**
 * "Uden CPR": a person registered without her CPR (ADR 0017), to be added on
 * the case. Text, not a colour only (WCAG 1.4.1); not the unborn child's "Ufødt".
 */
export function WithoutCprTag() {
  return (
    <span className="ml-1 inline-block rounded border border-amber-800 bg-amber-50 px-1.5 py-0.5 font-sans text-xs font-semibold text-amber-900">
      Uden CPR
    </span>
  );
}
