import { isSuppressed, showCount, showShare } from "@/lib/domain/dashboard/suppress";

// One description of each figure table, read by both the page (which adds the
// links) and the CSV/XLSX exports: the same cells, the same suppression, so an
// export cannot show a number the page hides, or the other way round.

export type Cell =
  | { kind: "count"; n: number; href?: string }
  | { kind: "share"; part: number; whole: number }
  /** Days in stage, hidden when the group it summarises has 1..4 cases. */
  | { kind: "days"; value: number | null; group: number }
  | { kind: "text"; text: string };

export type TableRow = { label: string; cells: Cell[] };

export type TableModel = {
  /** The export's name and the URL parameter (tabel=...). */
  id: string;
  caption: string;
  head: string[];
  rows: TableRow[];
  /** Shown as the one row when there are none. */
  empty?: TableRow;
};

export const count = (n: number, href?: string): Cell => ({ kind: "count", n, href });
export const share = (part: number, whole: number): Cell => ({ kind: "share", part, whole });
export const text = (value: string): Cell => ({ kind: "text", text: value });

/**
 * A sum of shown counts: hidden ("–") when any part is suppressed, since the
 * sum minus the other parts would give the small one away.
 */
export function sumCell(parts: number[], href?: string): Cell {
  if (parts.some(isSuppressed)) return text("–");
  return count(parts.reduce((a, b) => a + b, 0), href);
}

export function daysText(value: number | null, group: number): string {
  if (value === null || showCount(group).suppressed) return "–";
  return value.toLocaleString("da-DK", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

/** The cell as shown, suppression applied. */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case "count":
      return showCount(cell.n).text;
    case "share":
      return showShare(cell.part, cell.whole).text;
    case "days":
      return daysText(cell.value, cell.group);
    case "text":
      return cell.text;
  }
}

/** The cell as a spreadsheet value: a number where one is shown, else its text ("<5", "–"). */
export function cellValue(cell: Cell): string | number {
  if (cell.kind === "count" && !showCount(cell.n).suppressed) return cell.n;
  return cellText(cell);
}

export function rowsOf(table: TableModel): TableRow[] {
  return table.rows.length === 0 && table.empty ? [table.empty] : table.rows;
}
