import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { PERIOD_KEYS, PERIOD_LABELS, type PeriodKey } from "@/lib/domain/dashboard/period";

/** A plain GET form: the filtered overview is a URL that can be bookmarked. */
export function DashboardFilters({ period, caseworkerUserId, caseworkers }: {
  period: PeriodKey; caseworkerUserId?: string; caseworkers: { id: string; name: string }[];
}) {
  return (
    <form method="get" action="/overblik" aria-label="Vælg periode og sagsbehandler" className="no-print grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="overblik-periode" className="font-medium">Periode</label>
        <select id="overblik-periode" name="periode" defaultValue={period} className={inputClass}>
          {PERIOD_KEYS.map((key) => <option key={key} value={key}>{PERIOD_LABELS[key]}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="overblik-sagsbehandler" className="font-medium">Sagsbehandler</label>
        <select id="overblik-sagsbehandler" name="sagsbehandler" defaultValue={caseworkerUserId ?? ""} className={inputClass}>
          <option value="">Alle sagsbehandlere</option>
          {caseworkers.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">Vis</button>
        <Link href="/overblik" className="py-2 text-brand-700 underline">Nulstil</Link>
      </div>
    </form>
  );
}
