import Link from "next/link";
import { cellText, rowsOf, type Cell, type TableModel } from "@/lib/dashboard/table-model";
import { showCount } from "@/lib/domain/dashboard/suppress";
import { FigureRow, FigureTable } from "./figure";

/** A count as shown: "<5" for 1..4 and zero are never links (the list would show the few, or nothing). */
function CellView({ cell }: { cell: Cell }) {
  const shown = cellText(cell);
  if (cell.kind !== "count" || !cell.href || cell.n === 0 || showCount(cell.n).suppressed) return <>{shown}</>;
  return <Link href={cell.href} className="text-brand-700 underline">{shown}</Link>;
}

/** A figure table from its model (lib/dashboard/tables.ts), with the export links under it. */
export function ModelTable({ table, exportQuery }: { table: TableModel; exportQuery: string }) {
  return (
    <div>
      <FigureTable caption={table.caption} head={table.head}>
        {rowsOf(table).map((row) => (
          <FigureRow key={row.label} label={row.label} cells={row.cells.map((cell, i) => <CellView key={i} cell={cell} />)} />
        ))}
      </FigureTable>
      <p className="no-print mt-2 text-sm">
        Hent tabellen:{" "}
        <a href={`/api/overblik/eksport?${exportQuery}&tabel=${table.id}&format=xlsx`} className="text-brand-700 underline">
          Excel<span className="sr-only"> ({table.caption})</span>
        </a>{" · "}
        <a href={`/api/overblik/eksport?${exportQuery}&tabel=${table.id}&format=csv`} className="text-brand-700 underline">
          CSV<span className="sr-only"> ({table.caption})</span>
        </a>
      </p>
    </div>
  );
}
