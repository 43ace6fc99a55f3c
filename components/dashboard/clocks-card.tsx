import { Section } from "@/components/ui/section";
import { showCount } from "@/lib/domain/dashboard/suppress";
import type { CardProps } from "./caseload-card";
import { clocksChart } from "@/lib/dashboard/charts";
import { ChartFigure } from "./chart-figure";
import { Summary } from "./figure";
import { ModelTable } from "./model-table";

// "Share met" is of the clocks already decided (met or missed): one due
// tomorrow is neither yet.
export function ClocksCard({ d, table, exportQuery }: CardProps) {
  const missed = d.clocks.rows.reduce((sum, r) => sum + r.missed, 0);
  return (
    <Section title="Lovbestemte frister" id="frister">
      <Summary>
        {showCount(missed).text} overskredne frister i perioden. {showCount(d.clocks.openThisWeek).text} åbne frister skal nås i denne uge.
      </Summary>
      <ChartFigure data={clocksChart(d)} series={[{ key: "met", name: "Nået til tiden" }, { key: "missed", name: "Overskredet (stribet)" }]}
        summary="Søjlerne viser for hver frist med forfald i perioden, hvor mange der blev nået til tiden, og hvor mange der er overskredet." />
      <ModelTable table={table("frister")} exportQuery={exportQuery} />
      <p className="mt-3 text-sm text-slate-700">
        Andel nået er af de frister, der er afgjort (nået eller overskredet). – betyder, at tallet er skjult eller der ikke er noget at vise.
        Et tal fører til listen over de sager, fristerne hører til.
      </p>
    </Section>
  );
}
