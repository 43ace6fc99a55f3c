import { Section } from "@/components/ui/section";
import type { Dashboard } from "@/lib/dashboard/load";
import { daysText, type TableModel } from "@/lib/dashboard/table-model";
import { showCount } from "@/lib/domain/dashboard/suppress";
import { stageLabel } from "@/lib/domain/stages";
import { overTimeChart, stagesChart } from "@/lib/dashboard/charts";
import { ChartFigure } from "./chart-figure";
import { Summary } from "./figure";
import { ModelTable } from "./model-table";

export type CardProps = { d: Dashboard; table: (id: string) => TableModel; exportQuery: string };

export function CaseloadCard({ d, table, exportQuery }: CardProps) {
  return (
    <Section title="Sager pr. sagsbehandler" id="sagsbehandlere">
      <Summary>
        {showCount(d.caseload.total).text} aktive sager, heraf {showCount(d.caseload.unassigned).text} uden sagsbehandler.
      </Summary>
      <ModelTable table={table("sagsbehandlere")} exportQuery={exportQuery} />
    </Section>
  );
}

export function OverTimeCard({ d, table, exportQuery }: CardProps) {
  const t = d.overTime;
  const first = showCount(t.totals[0] ?? 0).text;
  const last = showCount(t.totals.at(-1) ?? 0).text;
  return (
    <Section title="Sager over tid" id="over-tid">
      <Summary>Aktive sager ved udgangen af {t.months[0]}: {first}; nu ({t.months.at(-1)}): {last}.</Summary>
      <ChartFigure data={overTimeChart(d)} series={[{ key: "active", name: "Aktive sager" }]}
        summary={`Søjlerne viser de aktive sager ved hver af de sidste ${t.months.length} måneders udgang.`} />
      <ModelTable table={table("over-tid")} exportQuery={exportQuery} />
      <p className="mt-3 text-sm text-slate-700">Sagerne tælles under deres nuværende sagsbehandler; tidligere sagsbehandlere står i loggen.</p>
    </Section>
  );
}

/** Days in the current stage; with the overview filtered to one caseworker, a count links to her cases. */
export function StagesCard({ d, table, exportQuery }: CardProps) {
  const longest = d.stages.filter((s) => !showCount(s.cases).suppressed && s.medianDays !== null)
    .sort((a, b) => (b.medianDays ?? 0) - (a.medianDays ?? 0))[0];
  const stuck = d.stages.reduce((sum, s) => sum + s.stuck, 0);
  return (
    <Section title="Faser og tid i fasen" id="faser">
      <Summary>
        {longest
          ? `Længst tid i fasen: ${stageLabel(longest.stage)}, median ${daysText(longest.medianDays, longest.cases)} dage. `
          : "For få sager til at vise tid i fasen. "}
        {showCount(stuck).text} aktive sager har været i samme fase i mindst {d.stuckDays} dage.
      </Summary>
      <ChartFigure data={stagesChart(d)} series={[{ key: "cases", name: "Aktive sager" }]}
        summary="Søjlerne viser de aktive sager i hver fase." />
      <ModelTable table={table("faser")} exportQuery={exportQuery} />
    </Section>
  );
}
