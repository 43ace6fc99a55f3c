import type { ChartDatum } from "@/lib/dashboard/charts";
import { FigureBarChart, type ChartSeries } from "./bar-chart";

/** A chart with its summary in words as the caption; the table below it holds the same numbers. */
export function ChartFigure({ data, series, summary }: { data: ChartDatum[]; series: ChartSeries[]; summary: string }) {
  if (data.length === 0) return null;
  return (
    <figure className="mb-4">
      <FigureBarChart data={data} series={series} />
      <figcaption className="mt-1 text-sm text-slate-700">{summary} Tallene står også i tabellen nedenfor.</figcaption>
    </figure>
  );
}
