import { EXPORT_FORMATS, exportTable, type ExportFormat } from "@/lib/dashboard/export";
import { loadOverview } from "@/lib/dashboard/overview";
import { parseDashboardQuery } from "@/lib/dashboard/query";
import { TABLE_IDS } from "@/lib/dashboard/tables";
import { sessionRoute } from "@/lib/http/id-route";
import { RATE_RULES, refuseOverLimit } from "@/lib/http/rate-limit";

// One overview table as CSV or XLSX (issue 12, ADR 0029): the same
// permission as the page (any other role gets 404), the same filter
// parameters, the same suppressed cells; the export is audited.
export async function GET(request: Request): Promise<Response> {
  return sessionRoute(async (ctx) => {
    // The same export limit as the disclosure log's (ADR 0031): per user, all exports together.
    const refused = await refuseOverLimit(RATE_RULES.exportPerUser, ctx.userId);
    if (refused) return refused;
    const url = new URL(request.url);
    const tableId = url.searchParams.get("tabel") ?? "";
    const format = url.searchParams.get("format") as ExportFormat;
    if (!(TABLE_IDS as readonly string[]).includes(tableId) || !EXPORT_FORMATS.includes(format)) {
      return new Response("Ukendt tabel eller format.", { status: 400 });
    }
    const parsed = parseDashboardQuery(Object.fromEntries(url.searchParams));
    if (parsed.periodError) return new Response(`Perioden er ugyldig: ${parsed.periodError}`, { status: 400 });
    const { d, tables, unit } = await loadOverview(ctx, parsed, { table: tableId, format });
    const table = tables.find((t) => t.id === tableId);
    if (!table) return new Response("Tabellen findes kun for en leder af flere enheder.", { status: 400 });
    const caseworkerName = d.caseworkers.find((c) => c.id === d.caseworkerUserId)?.name;
    const file = await exportTable(table, format, { orgName: unit.orgName, period: d.period, caseworkerName });
    return new Response(file.body as BodyInit, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
