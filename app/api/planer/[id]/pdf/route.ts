// A plan version as a PDF for the signed-in organisation: only what its plan
// page shows (the record rule and Disclosures apply as on the page), audited.
// Outsiders, bad ids and a version the organisation may not read get 404.
import { NotFoundError } from "@/lib/access/errors";
import { withPlanScope } from "@/lib/access/plan-scope";
import { audit } from "@/lib/audit/write";
import { idRoute } from "@/lib/http/id-route";
import { planPdf } from "@/lib/plans/pdf";
import { getPlanPage } from "@/lib/plans/plan-page";
import { z } from "@/lib/validation/zod";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return idRoute(params, async (ctx, id) => {
    const versionId = z.guid().safeParse(new URL(request.url).searchParams.get("version")).data;
    const page = await withPlanScope(ctx, id, async (ps) => {
      const loaded = await getPlanPage(ps, { versionId, withoutChanges: true });
      if (!loaded.version || (versionId && loaded.version.id !== versionId)) throw new NotFoundError("plan");
      await audit(ps.scope.db, ctx, {
        action: "plan.pdf", entityType: "PlanVersion", entityId: loaded.version.id, caseId: ps.plan.caseId, personId: ps.scope.subjectId,
        details: { planId: id, number: loaded.version.number },
      });
      return loaded;
    });
    // Rendered after the transaction: no database connection held while the PDF is laid out.
    const pdf = await planPdf(page);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf", "Cache-Control": "no-store",
        "Content-Disposition": `attachment; filename="plan-${page.caseNumber}-v${page.version!.number}.pdf"`,
      },
    });
  });
}
