import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConsentsCard, MeetingsCard, ReportsCard } from "@/components/dashboard/activity-cards";
import { CaseloadCard, StagesCard } from "@/components/dashboard/caseload-card";
import { ClocksCard } from "@/components/dashboard/clocks-card";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { loadOr404 } from "@/lib/access/page";
import { can } from "@/lib/access/policy";
import { requireAccess } from "@/lib/auth/context";
import { loadDashboard } from "@/lib/dashboard/load";
import { PERIOD_LABELS, periodKeyOf } from "@/lib/domain/dashboard/period";
import { SUPPRESS_BELOW } from "@/lib/domain/dashboard/suppress";
import { formatDate } from "@/lib/format";
import { z } from "@/lib/validation/zod";

export const metadata: Metadata = { title: "Overblik" };

// The leader's overview (issue 12, ADR 0026). Other roles get 404: the page is not theirs to know of.
export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireAccess();
  if (!can(ctx, "dashboard:read")) notFound();
  const params = await searchParams;
  const period = periodKeyOf(params.periode);
  const caseworker = z.guid().safeParse(params.sagsbehandler);
  const d = await loadOr404(loadDashboard(ctx, { period, caseworkerUserId: caseworker.success ? caseworker.data : undefined }));
  const lastDay = new Date(d.period.to.getTime() - 1);
  const who = d.caseworkers.find((c) => c.id === d.caseworkerUserId)?.name;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Overblik</h1>
        <p className="mt-1 text-slate-700">
          {ctx.orgName} · {PERIOD_LABELS[period]} ({formatDate(d.period.from)} – {formatDate(lastDay)}) · {who ? `Sagsbehandler: ${who}` : "Alle sagsbehandlere"}
        </p>
        <p className="mt-1 text-sm text-slate-700">
          Tal fra 1 til {SUPPRESS_BELOW - 1} vises som &quot;&lt;{SUPPRESS_BELOW}&quot;, og andele der bygger på dem skjules (–), så ingen borger kan genkendes.
          Aktive sager og møder tæller nu; frister, underretninger og udeblivelser tæller i perioden.
        </p>
      </div>
      <DashboardFilters period={period} caseworkerUserId={d.caseworkerUserId} caseworkers={d.caseworkers} />
      <CaseloadCard caseload={d.caseload} />
      <div className="grid gap-6 lg:grid-cols-2">
        <StagesCard stages={d.stages} caseworkerUserId={d.caseworkerUserId} />
        <ReportsCard reports={d.reports} />
      </div>
      <ClocksCard clocks={d.clocks} />
      <div className="grid gap-6 lg:grid-cols-2">
        <MeetingsCard meetings={d.meetings} />
        <ConsentsCard consents={d.consents} />
      </div>
    </div>
  );
}
