import Link from "next/link";
import type { StamdataHistoryRow } from "@/lib/stamdata/history";
import { formatDateTime, formatDay } from "@/lib/format";

// The case's stamdata history (ADR 0017). A CPR is never shown here: only
// that it was added or changed, by whom and when.

const day = (iso: string | null) => (iso ? formatDay(new Date(`${iso}T00:00:00.000Z`)) : "ingen");

function caseLink(row: StamdataHistoryRow) {
  return row.otherCaseId ? <Link className="text-brand-700 underline" href={`/sager/${row.otherCaseId}`}>{row.otherCaseNumber}</Link> : row.otherCaseNumber;
}

function describe(row: StamdataHistoryRow): React.ReactNode {
  switch (row.kind) {
    case "CPR_ADDED": return "CPR-nummer tilføjet";
    case "CPR_CHANGED": return "CPR-nummer rettet";
    case "NAME": return `Navn rettet fra ${row.oldValue} til ${row.newValue}`;
    case "TERMIN": return `Termin rettet fra ${day(row.oldValue)} til ${day(row.newValue)}`;
    case "MERGED_INTO": return <>Sagen er lagt sammen med {caseLink(row)} og afsluttet</>;
    case "MERGED_FROM": return <>Sag {caseLink(row)} er lagt sammen med denne sag</>;
  }
}

export function StamdataHistory({ rows }: { rows: StamdataHistoryRow[] }) {
  if (rows.length === 0) return null;
  return (
    <>
      <h3 className="mt-5 font-semibold">Stamdatahistorik</h3>
      <ol className="mt-2 flex flex-col gap-3">
        {rows.map((row) => (
          <li key={row.id} className="border-l-4 border-slate-300 pl-3">
            <p className="font-medium">{describe(row)}</p>
            <p className="text-sm text-slate-600">{formatDateTime(row.at)} · {row.byName}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
