import Link from "next/link";
import { showCount, showShare } from "@/lib/domain/dashboard/suppress";

// Small building blocks every card shares: a suppressed count (optionally a
// link to the cases it counts), a suppressed share, and a calm table.

export const cellClass = "px-3 py-2";

/** A count as shown: "<5" for 1..4 (never linked: the list would show the few). */
export function Count({ n, href }: { n: number; href?: string }) {
  const shown = showCount(n);
  if (shown.suppressed || !href || n === 0) return <>{shown.text}</>;
  return <Link href={href} className="text-brand-700 underline">{shown.text}</Link>;
}

export function Share({ part, whole }: { part: number; whole: number }) {
  return <>{showShare(part, whole).text}</>;
}

/** Days with one decimal, hidden when the group it summarises has 1..4 cases. */
export function days(value: number | null, groupSize: number): string {
  if (value === null || showCount(groupSize).suppressed) return "–";
  return value.toLocaleString("da-DK", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

export function FigureTable({ caption, head, children }: { caption: string; head: string[]; children: React.ReactNode }) {
  return (
    // Focusable, so a keyboard user can scroll a wide table on a phone.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-left">
        <caption className="mb-2 text-left text-sm text-slate-700">{caption}</caption>
        <thead className="border-b border-slate-300 bg-slate-100 text-sm">
          <tr>
            {head.map((h, i) => (
              <th key={h} scope="col" className={`${cellClass} ${i > 0 ? "text-right" : ""}`}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">{children}</tbody>
      </table>
    </div>
  );
}

/** A table row: the first cell heads the row, the rest are right-aligned figures. */
export function FigureRow({ label, cells }: { label: React.ReactNode; cells: React.ReactNode[] }) {
  return (
    <tr>
      <th scope="row" className={`${cellClass} font-normal`}>{label}</th>
      {cells.map((cell, i) => (
        <td key={i} className={`${cellClass} text-right tabular-nums`}>{cell}</td>
      ))}
    </tr>
  );
}

/** The card's one-line summary in words (read first, also by screen readers). */
export function Summary({ children }: { children: React.ReactNode }) {
  return <p className="mb-3 text-slate-800">{children}</p>;
}
