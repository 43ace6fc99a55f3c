import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { overviewUnit, overviewUnits, requireDashboardReader } from "@/lib/access/dashboard";
import { loadDashboard, type Dashboard } from "./load";
import type { ParsedDashboardQuery } from "./query";
import type { TableModel } from "./table-model";
import { dashboardTables } from "./tables";
import { loadUnits, type Units } from "./units";

// What the page and its exports both show: the chosen unit's figures (the
// acting organisation unless the leader picks another of her units, "enhed"),
// its tables, and the units side by side when she leads several.

export type Overview = {
  d: Dashboard;
  tables: TableModel[];
  units: Units | null;
  /** The units she may choose between (the acting one first). */
  unitChoices: { orgId: string; name: string }[];
  /** The unit shown. */
  unit: AccessContext;
  /** The unit is the acting organisation: only its figures link to case lists. */
  acting: boolean;
};

export async function loadOverview(ctx: AccessContext, parsed: ParsedDashboardQuery, exportOf?: { table: string; format: string }): Promise<Overview> {
  requireDashboardReader(ctx);
  const all = await overviewUnits(ctx);
  const { unit, acting } = overviewUnit(ctx, all, parsed.unitId);
  const d = await loadDashboard(unit, { ...parsed.query, exportOf });
  // An export of another table needs no units row (the units table is "enheder").
  const units = exportOf && exportOf.table !== "enheder" ? null : await loadUnits(all, parsed.query, { unit, d });
  const tables = dashboardTables(d, { links: acting, units });
  return { d, tables, units, unit, acting, unitChoices: all.map((u) => ({ orgId: u.orgId, name: u.orgName })) };
}
