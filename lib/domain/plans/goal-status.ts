// A goal's status (issue 11 items 2 and 8): the plan owner judges whether it
// is reached; until then the progress the responsible organisations record
// on the interventions serving it says whether work on it has started. Pure.

export const GOAL_STATUSES = ["IKKE_STARTET", "I_GANG", "NAAET", "IKKE_NAAET"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  IKKE_STARTET: "Ikke startet", I_GANG: "I gang", NAAET: "Nået", IKKE_NAAET: "Ikke nået",
};

export const PROGRESS_KINDS = ["STARTET", "AFHOLDT", "PAUSET", "AFSLUTTET"] as const;
export type ProgressKind = (typeof PROGRESS_KINDS)[number];
export const PROGRESS_LABELS: Record<ProgressKind, string> = {
  STARTET: "Startet", AFHOLDT: "Afholdt", PAUSET: "Sat på pause", AFSLUTTET: "Afsluttet",
};

export type ProgressEntry = { interventionKey: string; kind: ProgressKind; on: string };

/** The latest entry per intervention (by day, then by order recorded). */
export function latestProgress(entries: readonly ProgressEntry[]): Map<string, ProgressEntry> {
  const latest = new Map<string, ProgressEntry>();
  for (const e of entries) {
    const seen = latest.get(e.interventionKey);
    if (!seen || e.on >= seen.on) latest.set(e.interventionKey, e);
  }
  return latest;
}

/**
 * The status shown for a goal: the owner's NAAET / IKKE_NAAET stands; else
 * I_GANG once any serving intervention has started (its latest entry is not
 * only a pause before anything happened), else IKKE_STARTET.
 */
export function deriveGoalStatus(
  recorded: GoalStatus,
  servingKeys: readonly string[],
  progress: readonly ProgressEntry[],
): GoalStatus {
  if (recorded === "NAAET" || recorded === "IKKE_NAAET") return recorded;
  const serving = new Set(servingKeys);
  const started = progress.some((p) => serving.has(p.interventionKey) && p.kind !== "PAUSET");
  return started || recorded === "I_GANG" ? "I_GANG" : "IKKE_STARTET";
}
