import Link from "next/link";
import { UNREADABLE_CPR } from "@/lib/cases/cpr-search";
import { searchCasesAction } from "@/lib/cases/server-actions";
import { inputClass } from "@/components/ui/field";
import { STAGES, stageLabel } from "@/lib/domain/stages";
import type { CaseListParams } from "@/lib/cases/schemas";
import { CPR_SEARCH_HINT } from "./labels";

/**
 * The search posts to the server, which redirects to a URL with the filters:
 * name and stage as they are, a CPR number only encrypted (it must not end up
 * in browser history or logs). The result can still be bookmarked and shared.
 */
export function CaseFilters({ params, cprInvalid }: { params: CaseListParams; cprInvalid: boolean }) {
  return (
    <form role="search" aria-label="Find sager" action={searchCasesAction} className="grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-q" className="font-medium">Navn eller sagsnummer</label>
        <input id="filter-q" name="q" defaultValue={params.q ?? ""} className={inputClass} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-cpr" className="font-medium">CPR-nummer</label>
        <input
          id="filter-cpr" name="cpr" inputMode="numeric" defaultValue={params.cpr === UNREADABLE_CPR ? "" : (params.cpr ?? "")} className={inputClass}
          aria-describedby="filter-cpr-hint" aria-invalid={cprInvalid || undefined}
        />
        {/* An invalid CPR stays in the field, so the user can correct what she typed (issue 9 item 7). */}
      <p id="filter-cpr-hint" className={`text-sm ${cprInvalid ? "font-medium text-red-700" : "text-slate-600"}`}>
          {cprInvalid ? "Ugyldigt CPR-nummer. " : ""}
          {CPR_SEARCH_HINT}
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-stage" className="font-medium">Fase</label>
        <select id="filter-stage" name="stage" defaultValue={params.stage ?? ""} className={inputClass}>
          <option value="">Alle faser</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>{stageLabel(stage)}</option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-2 sm:col-span-4">
        <input id="filter-mine" type="checkbox" name="mine" value="1" defaultChecked={params.mine === "1"} className="h-5 w-5" />
        <label htmlFor="filter-mine">Kun mine sager (hvor jeg er sagsbehandler)</label>
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">Søg</button>
        <Link href="/sager" className="py-2 text-brand-700 underline">Nulstil</Link>
      </div>
    </form>
  );
}
