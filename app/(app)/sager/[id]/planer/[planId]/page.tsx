import type { Metadata } from "next";
import Link from "next/link";
import { DecisionForms, ReviseForm, SubmitPlanButton } from "@/components/plans/decision-forms";
import { MyPartSection } from "@/components/plans/my-part-section";
import { PlanChanges } from "@/components/plans/plan-changes";
import { PlanContent } from "@/components/plans/plan-content";
import { PlanDraftForm } from "@/components/plans/plan-draft-form";
import { PlanVersionFacts } from "@/components/plans/plan-version-facts";
import { Disclosure } from "@/components/ui/disclosure";
import { loadOr404 } from "@/lib/access/page";
import { withPlanScope } from "@/lib/access/plan-scope";
import { requireAccess } from "@/lib/auth/context";
import { copenhagenDay } from "@/lib/domain/calendar";
import { getPlanEditor } from "@/lib/plans/editor";
import { getMyPart } from "@/lib/plans/my-part";
import { getPlanPage } from "@/lib/plans/plan-page";
import { planPageParams } from "@/lib/plans/page-params";

export const metadata: Metadata = { title: "Plan" };

export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string; planId: string }>; searchParams: Promise<{ version?: string }> }) {
  const ctx = await requireAccess();
  const { caseId, planId, versionId } = await planPageParams(params, searchParams);
  const page = await loadOr404(withPlanScope(ctx, planId, async (ps) => {
    const loaded = await getPlanPage(ps, { versionId });
    return {
      ...loaded,
      editor: loaded.canEdit ? await getPlanEditor(ps.scope) : null,
      myPart: await getMyPart(ps),
      canRecordProgress: ps.scope.can("plan:record-progress", { ownerOrgId: ctx.orgId }),
    };
  }, caseId));
  const { plan, version } = page;

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div>
        <p><Link href={`/sager/${caseId}`} className="text-brand-700 underline">Tilbage til sagen {page.caseNumber}</Link></p>
        <h1 className="text-2xl font-semibold">{plan.label}</h1>
        <p className="text-slate-700">{plan.legalReference}</p>
      </div>
      {version && <PlanVersionFacts version={version} versions={page.versions} caseId={caseId} planId={plan.id} />}
      {version && (version.status === "GODKENDT" || version.status === "SENDT") && (
        <p>
          <Link href={`/sager/${caseId}/planer/${plan.id}/print?version=${version.id}`} className="text-brand-700 underline">Udskriftsvenlig visning</Link>
          {" · "}
          <a href={`/api/planer/${plan.id}/pdf?version=${version.id}`} className="text-brand-700 underline" download>Hent som PDF</a>
        </p>
      )}
      {page.changes && <PlanChanges changes={page.changes} />}
      {version && page.canEdit && page.editor ? (
        <>
          <PlanDraftForm planId={plan.id} version={version} editor={page.editor} />
          {page.canEdit && <div><SubmitPlanButton planId={plan.id} versionId={version.id} /></div>}
        </>
      ) : version ? <PlanContent version={version} /> : null}
      {page.ownDraftAwaiting && <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">Planen er sendt til godkendelse. En leder i din organisation, som ikke selv har skrevet eller sendt den, godkender den.</p>}
      {version && page.canDecide && <DecisionForms planId={plan.id} versionId={version.id} />}
      {page.canRevise && (
        <section aria-labelledby="revider-titel" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="revider-titel" className="text-lg font-semibold">Revidér planen</h2>
          <Disclosure label="Start en ny version"><ReviseForm planId={plan.id} caseId={caseId} /></Disclosure>
        </section>
      )}
      {page.myPart && <MyPartSection planId={plan.id} part={page.myPart} canRecord={page.canRecordProgress} today={copenhagenDay(new Date())} />}
      {!version && !page.myPart && <p>Planen er ikke delt med din organisation.</p>}
    </div>
  );
}
