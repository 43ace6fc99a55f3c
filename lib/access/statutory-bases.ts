import type { Category } from "@/lib/domain/categories";
import type { OrgType } from "@/lib/db/types";

/**
 * Legal bases for sharing without consent, as a fixed list (danish-rules.md
 * § 2). Each says which categories it can cover, how long a recorded basis
 * lasts by default (calendar days). A follow-up duty after recording one is
 * a rule in lib/domain/deadlines/rules.ts (STATUTORY_BASIS_RECORDED). Kept in
 * one place so the form, the action and the ADR cannot drift.
 */
export type StatutoryBasis = {
  code: StatutoryCode;
  label: string;
  legalReference: string;
  description: string;
  /** Categories the basis may cover at all. */
  categories: readonly Category[];
  kind: "STATUTORY" | "MEETING";
  /** Only in a children's case (BARN). */
  childCaseOnly: boolean;
  /** Only towards the organisation responsible for the case (the kommune obtains). */
  recipientMustBeResponsible: boolean;
  /** Default period in days, null = while the case runs. */
  defaultDays: number | null;
  /** Organisation types that may rely on it, when the statute names them (e.g. health professionals). */
  grantorTypes?: readonly OrgType[];
};

/** Where health professionals work: the organisations sundhedsloven § 43 speaks to. */
const HEALTH_ORGS: OrgType[] = ["FAMILIEAMBULATORIUM", "FOEDESTED", "PSYKIATRI", "SUNDHEDSPLEJE", "RUSMIDDELCENTER"];

export const STATUTORY_CODES = ["BL_133", "RSL_11C", "SUL_43_2", "TIDLIG_FOREBYGGENDE_MOEDE"] as const;
export type StatutoryCode = (typeof STATUTORY_CODES)[number];

const ALL_BUT_REPORTS: Category[] = ["STAMDATA", "SOCIALE_FORHOLD", "HELBRED", "RUSMIDDEL", "PLAN", "MOEDER"];

export const STATUTORY_BASES: Record<StatutoryCode, StatutoryBasis> = {
  BL_133: {
    code: "BL_133",
    label: "Underretningspligt",
    legalReference: "Barnets Lov § 133",
    description: "Dækker kun selve underretningen til kommunen, ikke andre oplysninger.",
    categories: ["UNDERRETNING"],
    kind: "STATUTORY",
    childCaseOnly: false,
    recipientMustBeResponsible: true,
    defaultDays: 30,
  },
  RSL_11C: {
    code: "RSL_11C",
    label: "Kommunens indhentning i en børnesag",
    legalReference: "Retssikkerhedsloven § 11 c",
    description: "Kommunen må indhente oplysninger uden samtykke i en sag om særlig støtte til et barn.",
    categories: ALL_BUT_REPORTS,
    kind: "STATUTORY",
    childCaseOnly: true,
    recipientMustBeResponsible: true,
    defaultDays: null,
  },
  SUL_43_2: {
    code: "SUL_43_2",
    label: "Sundhedspersoners videregivelse uden samtykke",
    legalReference: "Sundhedsloven § 43, stk. 2",
    description: "Videregivelse i særlige tilfælde. Patienten skal orienteres bagefter (stk. 4).",
    categories: ["HELBRED", "RUSMIDDEL"],
    kind: "STATUTORY",
    childCaseOnly: false,
    recipientMustBeResponsible: false,
    defaultDays: 30,
    grantorTypes: HEALTH_ORGS,
  },
  TIDLIG_FOREBYGGENDE_MOEDE: {
    code: "TIDLIG_FOREBYGGENDE_MOEDE",
    label: "Ét tidligt forebyggende møde uden samtykke",
    legalReference: "Tidl. servicelov § 49 a (videreført i Barnets Lov)",
    description: "Udveksling på ét møde med referat om et konkret barn. Kan kun registreres én gang pr. sag.",
    categories: ALL_BUT_REPORTS,
    kind: "MEETING",
    childCaseOnly: true,
    recipientMustBeResponsible: false,
    defaultDays: 1,
  },
};

export function statutoryBasis(code: string): StatutoryBasis | undefined {
  return (STATUTORY_BASES as Record<string, StatutoryBasis>)[code];
}
