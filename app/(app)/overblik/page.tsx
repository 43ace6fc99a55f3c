import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConsentsCard, MeetingsCard, ReportsCard } from "@/components/dashboard/activity-cards";
import { CaseloadCard, OverTimeCard, StagesCard, type CardProps } from "@/components/dashboard/caseload-card";
import { ClocksCard } from "@/components/dashboard/clocks-card";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { ExpectedCard } from "@/components/dashboard/expected-card";
import { UnitsCard } from "@/components/dashboard/units-card";
import { loadOr404 } from "@/lib/access/page";
import { can } from "@/lib/access/policy";
import { requireAccess } from "@/lib/auth/context";
import { loadOverview } from "@/lib/dashboard/overview";
import { parseDashboardQuery } from "@/lib/dashboard/query";
import { PERIOD_LABELS, lastDateOf } from "@/lib/domain/dashboard/period";
import { SUPPRESS_BELOW } from "@/lib/domain/dashboard/suppress";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Overblik" };

// The leader's overview (issue 12, ADR 0026, 0029). Other roles get 404: the page is not theirs to know of.
export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireAccess();
  if (!can(ctx, "dashboard:read")) notFound();
  const parsed = parseDashboardQuery(await searchParams);
  const { d, tables: list, units, unit, acting, unitChoices } = await loadOr404(loadOverview(ctx, parsed));
  const tables = new Map(list.map((t) => [t.id, t]));
  const card: CardProps = { d, table: (id) => tables.get(id)!, exportQuery: parsed.search };
  const who = d.caseworkers.find((c) => c.id === d.caseworkerUserId)?.name;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Overblik</h1>
        <p className="mt-1 text-slate-700">
          {unit.orgName} · {PERIOD_LABELS[d.period.key]} ({formatDate(d.period.from)} – {formatDate(lastDateOf(d.period))}) · {who ? `Sagsbehandler: ${who}` : "Alle sagsbehandlere"}
        </p>
        <p className="mt-1 text-sm text-slate-700">
          Tal fra 1 til {SUPPRESS_BELOW - 1} vises som &quot;&lt;{SUPPRESS_BELOW}&quot;, og andele der bygger på dem skjules (–), så ingen borger kan genkendes.
          Aktive sager og møder tæller nu; frister, underretninger og udeblivelser tæller i perioden.
        </p>
      </div>
      <DashboardFilters period={d.period} periodError={parsed.periodError} custom={parsed.custom}
        caseworkerUserId={d.caseworkerUserId} caseworkers={d.caseworkers} stuckDays={d.stuckDays}
        units={unitChoices} unitId={unit.orgId} />
      {!acting && (
        <p className="rounded border border-slate-300 bg-white p-3">
          Du ser tallene for {unit.orgName}. Tallene fører ikke til sagslister her: skift organisation i menuen for at åbne enhedens sager.
        </p>
      )}
      {units && <UnitsCard {...card} />}
      <CaseloadCard {...card} />
      <OverTimeCard {...card} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <StagesCard {...card} />
        <ReportsCard {...card} />
      </div>
      <ClocksCard {...card} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <MeetingsCard {...card} />
        <ConsentsCard {...card} />
      </div>
      <ExpectedCard {...card} />
      {/* Handleplaner (issue 11) land their figures here: a PlansCard over lib/dashboard/plans.ts. */}
    </div>
  );
}
