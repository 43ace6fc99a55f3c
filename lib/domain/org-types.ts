import type { OrgType } from "@/lib/domain/deadlines/types";

// The organisation types at runtime (the Prisma enum OrgType, kept free of the
// generated client), with their Danish names for pickers and settings.

export const ORG_TYPE_LABELS: Record<OrgType, string> = {
  KOMMUNE_FAMILIE: "Kommunens familieafdeling",
  KOMMUNE_VOKSEN: "Kommunens voksen- og rusmiddelområde",
  JOBCENTER: "Jobcenter",
  SUNDHEDSPLEJE: "Sundhedsplejen",
  FAMILIEAMBULATORIUM: "Familieambulatoriet",
  FOEDESTED: "Fødested",
  PSYKIATRI: "Psykiatrien",
  RUSMIDDELCENTER: "Rusmiddelcenter",
};

// Derived from the labels, so a new type cannot be listed without a name.
export const ORG_TYPES = Object.keys(ORG_TYPE_LABELS) as [OrgType, ...OrgType[]];

export function orgTypeLabel(type: OrgType): string {
  return ORG_TYPE_LABELS[type];
}
