// The consent form's fixed choices and their Danish labels: apart from the
// schemas so the pages that show them do not load zod (ADR 0007).

export const CONSENT_GIVERS = ["MOTHER", "PARTNER", "CUSTODY_HOLDER", "CHILD_15_PLUS"] as const;
export const CONSENT_GIVER_LABELS: Record<(typeof CONSENT_GIVERS)[number], string> = {
  MOTHER: "Kvinden selv",
  PARTNER: "Partneren (kun hans egne oplysninger)",
  CUSTODY_HOLDER: "Forældremyndighedsindehaver",
  CHILD_15_PLUS: "Barnet selv (15 år eller ældre)",
};
/** Who may consent in a case of this kind (lib/consents/rules.ts checkGiver says why). */
export function consentGiversFor(kind: "GRAVID" | "BARN"): readonly (typeof CONSENT_GIVERS)[number][] {
  return kind === "GRAVID" ? ["MOTHER"] : ["CUSTODY_HOLDER", "CHILD_15_PLUS"];
}
export const CONSENT_DIRECTIONS = ["VIDEREGIVE", "INDHENTE"] as const;
export const CONSENT_DIRECTION_LABELS: Record<(typeof CONSENT_DIRECTIONS)[number], string> = {
  VIDEREGIVE: "Videregive oplysninger",
  INDHENTE: "Indhente oplysninger",
};
export const CONSENT_FORMS = ["SKRIFTLIGT", "MUNDTLIGT", "DIGITALT"] as const;
export const CONSENT_FORM_LABELS: Record<(typeof CONSENT_FORMS)[number], string> = {
  SKRIFTLIGT: "Skriftligt",
  MUNDTLIGT: "Mundtligt",
  DIGITALT: "Digitalt",
};
