import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanContent } from "@/components/plans/plan-content";
import { PrintButton } from "@/components/underretning/print-button";
import { loadOr404 } from "@/lib/access/page";
import { withPlanScope } from "@/lib/access/plan-scope";
import { requireAccess } from "@/lib/auth/context";
import { VERSION_STATUS_LABELS } from "@/lib/domain/plans/kinds";
import { formatDate } from "@/lib/format";
import { getPlanPage } from "@/lib/plans/plan-page";
import { planPageParams } from "@/lib/plans/page-params";

export const metadata: Metadata = { title: "Plan (udskrift)" };

/** The plan as the family reads it on paper: the same filtered content as the plan page. */
export default async function PlanPrintPage({ params, searchParams }: { params: Promise<{ id: string; planId: string }>; searchParams: Promise<{ version?: string }> }) {
  const ctx = await requireAccess();
  const { caseId, planId, versionId } = await planPageParams(params, searchParams);
  const page = await loadOr404(withPlanScope(ctx, planId, (ps) => getPlanPage(ps, { versionId, withoutChanges: true }), caseId));
  const { plan, version } = page;
  if (!version) notFound();
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{plan.label}</h1>
        <p>{plan.legalReference} · Sag {page.caseNumber}</p>
        <p>Version {version.number} · {version.approvedAt ? `Godkendt ${formatDate(version.approvedAt)} af ${version.approvedByName}` : VERSION_STATUS_LABELS[version.status]}</p>
      </div>
      <div><PrintButton label="Udskriv planen" /></div>
      <PlanContent version={version} />
    </div>
  );
}
