"use client";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { ChartDatum } from "@/lib/dashboard/charts";

// A calm bar chart of one figure table (issue 12). It only draws: the table
// next to it is the accessible alternative and the summary says it in words,
// so the drawing is hidden from screen readers. No colour-only signal: every
// bar carries its number, and a second series is striped as well as coloured.
// Counts 1..4 are drawn at zero height with "<5" (a bar's height would tell).

export type ChartSeries = { key: string; name: string };

const FILLS = ["#1f4e79", "url(#overblik-striber)"];

export function FigureBarChart({ data, series, height = 240 }: { data: ChartDatum[]; series: ChartSeries[]; height?: number }) {
  const rows = data.map((d) => ({
    label: d.label,
    ...Object.fromEntries(series.flatMap((s) => [[s.key, d.plot[s.key] ?? 0], [`${s.key}Text`, d.text[s.key] ?? ""]])),
  }));
  return (
    // The chart sits absolutely in a box of its height: its drawn width must not
    // widen a grid column on a phone before it has measured the box.
    <div aria-hidden="true" className="relative w-full" style={{ height }}>
      <div className="absolute inset-0">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 300, height }}>
        <BarChart data={rows} margin={{ top: 20, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <defs>
            <pattern id="overblik-striber" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#b45309" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#cbd5e1" />
          <XAxis dataKey="label" tick={{ fill: "#1e293b", fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fill: "#1e293b", fontSize: 12 }} width={36} />
          {series.length > 1 && <Legend wrapperStyle={{ color: "#1e293b", fontSize: 13 }} />}
          {series.map((s, i) => (
            // minPointSize: a suppressed (or zero) bar still carries its label; its height says nothing.
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={FILLS[i % FILLS.length]} isAnimationActive={false} minPointSize={2}>
              <LabelList dataKey={`${s.key}Text`} position="top" fill="#1e293b" fontSize={12} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
      </div>
    </div>
  );
}
