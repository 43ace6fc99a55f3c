
// Small building blocks every card shares: a calm table and a summary in words.

export const cellClass = "px-3 py-2";

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
