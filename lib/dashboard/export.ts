import "server-only";
import ExcelJS from "exceljs";
import { formatDate } from "@/lib/format";
import { lastDateOf, type Period } from "@/lib/domain/dashboard/period";
import { cellText, cellValue, rowsOf, type TableModel } from "./table-model";

// One overview table as CSV or XLSX (issue 12): the page's cells with the
// same suppression ("<5", "–"), a heading with the organisation and the
// period in Danish dates, and a line saying why some numbers are hidden.

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportFile = { body: Uint8Array | string; contentType: string; filename: string };

type Header = { orgName: string; period: Period; caseworkerName?: string };

function preamble(table: TableModel, h: Header): string[][] {
  return [
    [table.caption],
    [`${h.orgName}, ${formatDate(h.period.from)} – ${formatDate(lastDateOf(h.period))}${h.caseworkerName ? `, sagsbehandler: ${h.caseworkerName}` : ""}`],
    ["Tal fra 1 til 4 vises som <5, og andele der bygger på dem er skjult (–)."],
    [],
  ];
}

/** A CSV field: quoted when it holds the separator, a quote or a line break; a leading =+-@ is defused (spreadsheet formulas). */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Semicolon-separated with a BOM: what Danish Excel opens as columns. */
export function tableCsv(table: TableModel, h: Header): string {
  const lines = [...preamble(table, h), table.head, ...rowsOf(table).map((r) => [r.label, ...r.cells.map(cellText)])];
  return `\uFEFF${lines.map((line) => line.map(csvField).join(";")).join("\r\n")}\r\n`;
}

export async function tableXlsx(table: TableModel, h: Header): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "Samforløb";
  const sheet = book.addWorksheet(table.id);
  for (const line of preamble(table, h)) sheet.addRow(line);
  sheet.getRow(1).font = { bold: true };
  const head = sheet.addRow(table.head);
  head.font = { bold: true };
  for (const r of rowsOf(table)) sheet.addRow([r.label, ...r.cells.map(cellValue)]);
  sheet.getColumn(1).width = Math.max(20, ...rowsOf(table).map((r) => r.label.length + 2));
  for (let i = 2; i <= table.head.length; i++) sheet.getColumn(i).width = Math.max(12, (table.head[i - 1]?.length ?? 0) + 2);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export async function exportTable(table: TableModel, format: ExportFormat, h: Header): Promise<ExportFile> {
  const filename = `overblik-${table.id}-${h.period.firstDay}.${format}`;
  return format === "csv"
    ? { body: tableCsv(table, h), contentType: "text/csv; charset=utf-8", filename }
    : { body: await tableXlsx(table, h), contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename };
}
