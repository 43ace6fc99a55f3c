// What changed between two versions of a plan (issue 11 item 4): goals,
// interventions and responsibilities added, removed or changed, matched by
// their key across versions. Pure, so the page and the tests share it.

export type DiffGoal = { key: string; title: string; targetDate: string; status: string };
export type DiffIntervention = {
  key: string; title: string; track: string; responsibleOrgName: string; responsibleName: string | null;
  startDate: string; followUpDate: string; frequency: string;
};
export type DiffVersion = { purpose: string; focusPoints: readonly string[]; goals: readonly DiffGoal[]; interventions: readonly DiffIntervention[] };

export type Change = { kind: "added" | "removed" | "changed"; what: "Formål" | "Fokuspunkt" | "Mål" | "Indsats" | "Ansvar"; text: string };

function fieldChanges<T extends Record<string, unknown>>(before: T, after: T, labels: Partial<Record<keyof T, string>>): string[] {
  return (Object.keys(labels) as (keyof T)[])
    .filter((k) => before[k] !== after[k])
    .map((k) => `${labels[k]}: ${String(before[k] ?? "–")} → ${String(after[k] ?? "–")}`);
}

function byKey<T extends { key: string }>(before: readonly T[], after: readonly T[]) {
  const old = new Map(before.map((x) => [x.key, x]));
  const now = new Map(after.map((x) => [x.key, x]));
  return {
    added: after.filter((x) => !old.has(x.key)),
    removed: before.filter((x) => !now.has(x.key)),
    kept: after.flatMap((x) => { const o = old.get(x.key); return o ? [[o, x] as const] : []; }),
  };
}

export function diffVersions(before: DiffVersion, after: DiffVersion): Change[] {
  const changes: Change[] = [];
  if (before.purpose.trim() !== after.purpose.trim()) changes.push({ kind: "changed", what: "Formål", text: after.purpose });
  for (const f of after.focusPoints.filter((f) => !before.focusPoints.includes(f))) changes.push({ kind: "added", what: "Fokuspunkt", text: f });
  for (const f of before.focusPoints.filter((f) => !after.focusPoints.includes(f))) changes.push({ kind: "removed", what: "Fokuspunkt", text: f });

  const goals = byKey(before.goals, after.goals);
  goals.added.forEach((g) => changes.push({ kind: "added", what: "Mål", text: g.title }));
  goals.removed.forEach((g) => changes.push({ kind: "removed", what: "Mål", text: g.title }));
  for (const [o, n] of goals.kept) {
    const fields = fieldChanges(o, n, { title: "Mål", targetDate: "Måldato", status: "Status" });
    if (fields.length) changes.push({ kind: "changed", what: "Mål", text: `${n.title}: ${fields.join("; ")}` });
  }

  const ivs = byKey(before.interventions, after.interventions);
  ivs.added.forEach((i) => changes.push({ kind: "added", what: "Indsats", text: `${i.title} (${i.responsibleOrgName})` }));
  ivs.removed.forEach((i) => changes.push({ kind: "removed", what: "Indsats", text: `${i.title} (${i.responsibleOrgName})` }));
  for (const [o, n] of ivs.kept) {
    const who = fieldChanges(o, n, { responsibleOrgName: "Ansvarlig", responsibleName: "Kontaktperson" });
    if (who.length) changes.push({ kind: "changed", what: "Ansvar", text: `${n.title}: ${who.join("; ")}` });
    const what = fieldChanges(o, n, { title: "Indsats", track: "Spor", startDate: "Start", followUpDate: "Opfølgning", frequency: "Hyppighed" });
    if (what.length) changes.push({ kind: "changed", what: "Indsats", text: `${n.title}: ${what.join("; ")}` });
  }
  return changes;
}
