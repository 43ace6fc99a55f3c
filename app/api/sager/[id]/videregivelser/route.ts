// The case's disclosure log as CSV ("Videregivelser"), for the responsible
// organisation and author organisations. Outsiders and bad ids get 404; the
// export itself is audited in lib/disclosures.
import { withCaseScope } from "@/lib/access/case-scope";
import { exportDisclosuresCsv } from "@/lib/disclosures/queries";
import { idRoute } from "@/lib/http/id-route";
import { RATE_RULES, refuseOverLimit } from "@/lib/http/rate-limit";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return idRoute(params, async (ctx, id) => {
    // Bulk copying of the log is refused per user (ADR 0031); a person clicking "Hent" never meets the limit.
    const refused = await refuseOverLimit(RATE_RULES.exportPerUser, ctx.userId);
    if (refused) return refused;
    const csv = await withCaseScope(ctx, id, exportDisclosuresCsv);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="videregivelser-${id}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
