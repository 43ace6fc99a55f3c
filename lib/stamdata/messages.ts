import type { Stage } from "@/lib/domain/stages";

// What the stamdata forms show and the actions say, apart from the schemas so
// the browser gets them without zod (ADR 0007).

/** A case of the person who holds the CPR; `mergeable` when the acting organisation is responsible for it too. */
export type MergeCandidate = { id: string; caseNumber: string; name: string; stage: Stage; createdAt: Date; mergeable: boolean };

/** A merge across responsible organisations: refused by the action, explained by the form. */
export const MERGE_DIFFERENT_ORGS =
  "Sagerne kan ikke lægges sammen, fordi de har forskellige ansvarlige myndigheder. Kontakt den anden myndighed, så I aftaler, hvem der fører sagen.";
