// A plan's approved interventions live on in every approved version (ADR
// 0027): what holds now is the newest approved version's. Pure.

/** The rows of each plan's newest version among `rows` (e.g. its approved interventions). */
export function ofNewestVersion<T extends { planId: string; versionNumber: number }>(rows: readonly T[]): T[] {
  const newest = new Map<string, number>();
  for (const r of rows) newest.set(r.planId, Math.max(newest.get(r.planId) ?? 0, r.versionNumber));
  return rows.filter((r) => r.versionNumber === newest.get(r.planId));
}
