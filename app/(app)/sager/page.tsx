import type { Metadata } from "next";
import { Pager } from "@/components/ui/pager";
import Link from "next/link";
import { CaseFilters } from "@/components/case/case-filters";
import { CaseTable } from "@/components/case/case-table";
import { can } from "@/lib/access/policy";
import { requireAccess } from "@/lib/auth/context";
import { CPR_TOKEN_PARAM, UNREADABLE_CPR, cprFromSearchToken } from "@/lib/cases/cpr-search";
import { listCases } from "@/lib/cases/queries";
import { caseListParamsSchema } from "@/lib/cases/schemas";
import { DRILL_KEYS, describeDrill, drillIsResponsibleOnly, isDrillDown } from "@/lib/dashboard/drill-params";

export const metadata: Metadata = { title: "Sager" };

export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireAccess();
  if (!can(ctx, "case:read")) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">Sager</h1>
        <p className="rounded border border-slate-300 bg-white p-4">
          Din rolle administrerer organisationen og giver ikke adgang til borgernes sager.
        </p>
      </div>
    );
  }
  const { cprToken, ...urlParams } = caseListParamsSchema.parse(await searchParams);
  const cpr = cprFromSearchToken(cprToken);
  const params = { ...urlParams, cpr: cpr ?? (cprToken ? UNREADABLE_CPR : undefined) };
  const result = await listCases(ctx, params);
  const query = new URLSearchParams(
    Object.entries({
      stage: params.stage, q: params.q, mine: params.mine, caseworker: params.caseworker, unassigned: params.unassigned,
      responsible: params.responsible, [CPR_TOKEN_PARAM]: cprToken,
      ...Object.fromEntries(DRILL_KEYS.map((k) => [k, params[k] === undefined ? undefined : String(params[k])])),
    }).filter((e): e is [string, string] => !!e[1]),
  );
  const canCreate = can(ctx, "case:create");
  const drillDown = Boolean(params.caseworker || params.unassigned || params.responsible || isDrillDown(params));
  const figure = describeDrill(params);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Sager</h1>
        {canCreate && (
          <Link href="/sager/ny" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Ny sag
          </Link>
        )}
      </div>
      <CaseFilters params={params} cprInvalid={result.cprInvalid} />
      {drillDown && (
        <p className="rounded border border-slate-300 bg-white p-3">
          {drillIsResponsibleOnly(params) || params.responsible || params.caseworker || params.unassigned ? "Viser kun sager, jeres organisation er ansvarlig for" : "Viser kun sager"}
          {params.unassigned ? ", uden sagsbehandler" : params.caseworker ? ", for den valgte sagsbehandler" : ""}
          {figure ? `, ${figure}` : ""} (fra Overblik).{" "}
          <Link href="/sager" className="text-brand-700 underline">Vis alle sager</Link>
        </p>
      )}
      <CaseTable cases={result.cases} filtered={Boolean(params.stage || params.q || params.cpr || params.mine || drillDown)} canCreate={canCreate} />
      <Pager
        label="Sider"
        firstHref={params.cursor ? `/sager?${query}` : null}
        nextHref={result.nextCursor ? `/sager?${new URLSearchParams([...query, ["cursor", result.nextCursor]])}` : null}
      />
    </div>
  );
}
