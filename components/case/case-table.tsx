import Link from "next/link";
import { formatDateTime, formatDay } from "@/lib/format";
import type { Stage } from "@/lib/domain/stages";
import { KIND_LABELS } from "./labels";
import { WithoutCprTag } from "./without-cpr-tag";
import { StageBadge } from "./stage-badge";

type Row = {
  id: string;
  caseNumber: string;
  kind: "GRAVID" | "BARN";
  stage: Stage;
  termin: Date | null;
  updatedAt: Date;
  subject: { name: string; maskedCpr: string | null; isUnborn: boolean; withoutCpr: boolean };
  responsibleOrgName: string;
  isResponsible: boolean;
};

/**
 * `filtered`: a search or filter is set, so an empty list means no match.
 * `canCreate`: the user may create cases, so the empty state offers it.
 */
export function CaseTable({ cases, filtered, canCreate }: { cases: Row[]; filtered: boolean; canCreate: boolean }) {
  if (cases.length === 0) {
    const newCase = <Link className="text-brand-700 underline" href="/sager/ny">ny sag</Link>;
    return (
      <p className="rounded-lg border border-slate-300 bg-white p-6">
        {filtered ? (
          canCreate ? <>Ingen sager matcher søgningen. Ret filtrene, eller opret en {newCase}.</> : <>Ingen sager matcher søgningen. Ret filtrene.</>
        ) : canCreate ? (
          <>Der er ingen sager endnu. Opret en {newCase}.</>
        ) : (
          <>Der er ingen sager, du har adgang til.</>
        )}
      </p>
    );
  }
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">Sager, senest ændrede først</caption>
        <thead className="border-b border-slate-300 bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="px-4 py-2">Navn</th>
            <th scope="col" className="px-4 py-2">Sagsnr.</th>
            <th scope="col" className="px-4 py-2">CPR</th>
            <th scope="col" className="px-4 py-2">Type</th>
            <th scope="col" className="px-4 py-2">Fase</th>
            <th scope="col" className="px-4 py-2">Termin</th>
            <th scope="col" className="px-4 py-2">Ansvarlig</th>
            <th scope="col" className="px-4 py-2">Senest ændret</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id} className="border-b border-slate-200 last:border-0 hover:bg-brand-50">
              <td className="px-4 py-2">
                <Link href={`/sager/${c.id}`} className="font-medium text-brand-700 underline">
                  {c.subject.name}
                  {/* "Navn ikke delt" rows differ by their sagsnummer: read it with the link. */}
                  <span className="sr-only">, {c.caseNumber}</span>
                </Link>
              </td>
              <td className="whitespace-nowrap px-4 py-2 font-mono text-sm">{c.caseNumber}</td>
              <td className="whitespace-nowrap px-4 py-2 font-mono text-sm">
                {c.subject.withoutCpr ? <WithoutCprTag /> : c.subject.maskedCpr ?? (c.subject.isUnborn ? "Ufødt" : "–")}
              </td>
              <td className="px-4 py-2">{KIND_LABELS[c.kind]}</td>
              <td className="px-4 py-2"><StageBadge stage={c.stage} /></td>
              <td className="whitespace-nowrap px-4 py-2">{c.termin ? formatDay(c.termin) : "–"}</td>
              <td className="px-4 py-2 text-sm">{c.isResponsible ? "Din organisation" : c.responsibleOrgName}</td>
              <td className="px-4 py-2 text-sm">{formatDateTime(c.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
