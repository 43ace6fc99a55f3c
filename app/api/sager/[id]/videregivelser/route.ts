// The case's disclosure log as CSV ("Videregivelser"), for the responsible
// organisation and author organisations. Outsiders and bad ids get 404; the
// export itself is audited in lib/disclosures.
import { z } from "@/lib/validation/zod";
import { NotFoundError } from "@/lib/access/errors";
import { getAccessContext } from "@/lib/auth/context";
import { withCaseScope } from "@/lib/access/case-scope";
import { exportDisclosuresCsv } from "@/lib/disclosures/queries";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await getAccessContext();
  if (!ctx) return new Response("Log ind igen.", { status: 401 });
  const id = z.guid().safeParse((await params).id);
  if (!id.success) return new Response("Ikke fundet", { status: 404 });
  try {
    const csv = await withCaseScope(ctx, id.data, exportDisclosuresCsv);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="videregivelser-${id.data}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Ikke fundet", { status: 404 });
    throw error;
  }
}
