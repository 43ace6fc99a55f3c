import Link from "next/link";
import { Field, inputClass } from "@/components/ui/field";
import { PERIOD_KEYS, PERIOD_LABELS, lastDayOf, type Period } from "@/lib/domain/dashboard/period";
import { MAX_STUCK_DAYS } from "@/lib/dashboard/constants";

/**
 * A plain GET form: the filtered overview is a URL that can be bookmarked.
 * "Fra" and "til" count only with "Egen periode"; a bad one is named in
 * Danish at the fields and the page shows this month meanwhile.
 */
export function DashboardFilters({ period, periodError, caseworkerUserId, caseworkers, stuckDays, custom, units, unitId }: {
  period: Period; periodError?: string; caseworkerUserId?: string; caseworkers: { id: string; name: string }[]; stuckDays: number;
  /** The custom days as typed, so an invalid one is not lost. */
  custom: { fra?: string; til?: string };
  /** The leader's units in the kommune; a choice only with more than one. */
  units: { orgId: string; name: string }[]; unitId: string;
}) {
  const chosen = periodError ? "egen" : period.key;
  const fra = custom.fra ?? (period.key === "egen" ? period.firstDay : "");
  const til = custom.til ?? (period.key === "egen" ? lastDayOf(period) : "");
  return (
    <form method="get" action="/overblik" aria-label="Vælg periode og sagsbehandler" className="no-print grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
      <Field label="Periode">
        <select name="periode" defaultValue={chosen} className={inputClass}>
          {PERIOD_KEYS.map((key) => <option key={key} value={key}>{PERIOD_LABELS[key]}</option>)}
        </select>
      </Field>
      <Field label="Fra (egen periode)" error={periodError}>
        <input type="date" name="fra" defaultValue={fra} className={inputClass} />
      </Field>
      <Field label="Til og med (egen periode)">
        <input type="date" name="til" defaultValue={til} aria-invalid={periodError ? true : undefined} className={inputClass} />
      </Field>
      {units.length > 1 && (
        <Field label="Enhed">
          <select name="enhed" defaultValue={unitId} className={inputClass}>
            {units.map((u) => <option key={u.orgId} value={u.orgId}>{u.name}</option>)}
          </select>
        </Field>
      )}
      <Field label="Sagsbehandler">
        <select name="sagsbehandler" defaultValue={caseworkerUserId ?? ""} className={inputClass}>
          <option value="">Alle sagsbehandlere</option>
          {caseworkers.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </Field>
      <Field label="Fastlåst efter (dage i samme fase)">
        <input type="number" name="fastlaast" min={1} max={MAX_STUCK_DAYS} defaultValue={stuckDays} className={inputClass} />
      </Field>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">Vis</button>
        <Link href="/overblik" className="py-2 text-brand-700 underline">Nulstil</Link>
      </div>
    </form>
  );
}
