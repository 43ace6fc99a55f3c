import { OPEN_STAGES, stageLabel } from "@/lib/domain/stages";
import { showCount } from "@/lib/domain/dashboard/suppress";
import { DASHBOARD_CLOCKS } from "./constants";
import type { Dashboard } from "./load";

// The charts' data from the loaded figures, suppressed as the tables are: a
// count of 1..4 is drawn at zero with the text "<5".

export type ChartDatum = { label: string; plot: Record<string, number>; text: Record<string, string> };

function datum(label: string, values: Record<string, number>): ChartDatum {
  const entries = Object.entries(values);
  return {
    label,
    plot: Object.fromEntries(entries.map(([k, n]) => [k, showCount(n).suppressed ? 0 : n])),
    text: Object.fromEntries(entries.map(([k, n]) => [k, showCount(n).text])),
  };
}

export function stagesChart(d: Dashboard): ChartDatum[] {
  return OPEN_STAGES.map((stage) => datum(stageLabel(stage), { cases: d.stages.find((s) => s.stage === stage)?.cases ?? 0 }));
}

/** Only the clocks with anything due in the period: seven empty groups say nothing. */
export function clocksChart(d: Dashboard): ChartDatum[] {
  return DASHBOARD_CLOCKS.flatMap(({ ruleId, short }) => {
    const row = d.clocks.rows.find((r) => r.ruleId === ruleId);
    return row && row.due > 0 ? [datum(short, { met: row.met, missed: row.missed })] : [];
  });
}

export function overTimeChart(d: Dashboard): ChartDatum[] {
  return d.overTime.months.map((month, i) => datum(month, { active: d.overTime.totals[i] ?? 0 }));
}
