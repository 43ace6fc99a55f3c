import type { Category } from "@/lib/domain/categories";
import type { OrgType } from "@/lib/domain/deadlines/types";

// The plan kinds (issue 11 item 1), each with its legal reference from the
// rule table (danish-rules.md § 1 rows 11-18 and 24) and the organisation
// types that write it. Pure: the form, the actions and the PDF read it here.

/** The clocks an approved plan meets (lib/domain/deadlines/rules.ts), each organisation its own. */
export const PLAN_CLOCKS = ["barnets-plan-3-maaneder", "plan-foer-termin"];

export const PLAN_KINDS = ["BARNETS_PLAN", "HANDLEPLAN_MOR", "FORAELDREHANDLEPLAN", "BEHANDLINGSPLAN", "HELHEDSORIENTERET"] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export type PlanKindInfo = {
  label: string;
  legalReference: string;
  /** Who writes it: the familieafdeling for the child, the voksenområde or rusmiddelcenter for the mother. */
  ownerTypes: readonly OrgType[];
  /** Replaces the separate plans only with the parent's consent, linked to the plan. */
  needsConsent?: boolean;
};

export const PLAN_KIND_INFO: Record<PlanKind, PlanKindInfo> = {
  BARNETS_PLAN: { label: "Barnets plan", legalReference: "Barnets Lov §§ 91-92", ownerTypes: ["KOMMUNE_FAMILIE"] },
  HANDLEPLAN_MOR: { label: "Handleplan for moderen", legalReference: "Serviceloven § 141", ownerTypes: ["KOMMUNE_VOKSEN", "KOMMUNE_FAMILIE"] },
  FORAELDREHANDLEPLAN: { label: "Forældrehandleplan", legalReference: "Barnets Lov § 77", ownerTypes: ["KOMMUNE_FAMILIE"] },
  BEHANDLINGSPLAN: { label: "Behandlingsplan", legalReference: "Serviceloven § 101, stk. 8", ownerTypes: ["RUSMIDDELCENTER", "KOMMUNE_VOKSEN"] },
  HELHEDSORIENTERET: {
    label: "Helhedsorienteret plan", legalReference: "Barnets Lov §§ 78 og 110 / Serviceloven § 101",
    ownerTypes: ["KOMMUNE_FAMILIE"], needsConsent: true,
  },
};

export function mayOwnPlanKind(orgType: string, kind: PlanKind): boolean {
  return (PLAN_KIND_INFO[kind].ownerTypes as readonly string[]).includes(orgType);
}

export const PLAN_TRACKS = ["SUNDHED", "SOCIAL"] as const;
export type PlanTrack = (typeof PLAN_TRACKS)[number];
export const TRACK_LABELS: Record<PlanTrack, string> = { SUNDHED: "Sundhed", SOCIAL: "Socialt" };

/**
 * The information category of an intervention (issue 11 item 6): health
 * interventions are HELBRED, substance-use treatment RUSMIDDEL (whichever
 * track the plan lists it under), social support SOCIALE_FORHOLD.
 */
export function interventionCategory(track: PlanTrack, catalogueCategory: Category): Category {
  if (catalogueCategory === "RUSMIDDEL") return "RUSMIDDEL";
  return track === "SUNDHED" ? "HELBRED" : "SOCIALE_FORHOLD";
}

export const REVISION_REASONS = ["FOEDSEL", "ANBRINGELSE", "NYE_FOKUSPUNKTER", "OPFOELGNING", "ANDET"] as const;
export type RevisionReason = (typeof REVISION_REASONS)[number];
export const REVISION_REASON_LABELS: Record<RevisionReason, string> = {
  FOEDSEL: "Fødsel", ANBRINGELSE: "Anbringelse", NYE_FOKUSPUNKTER: "Nye fokuspunkter", OPFOELGNING: "Opfølgning", ANDET: "Andet",
};

export const VERSION_STATUS_LABELS = {
  KLADDE: "Kladde", SENDT: "Sendt til godkendelse", GODKENDT: "Godkendt", RETURNERET: "Returneret",
} as const;
