import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { requireDashboardReader } from "@/lib/access/dashboard";
import { overviewUnits } from "@/lib/auth/units";
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
  /** The unit shown; links to case lists only for the acting organisation's own. */
  unit: AccessContext;
};

export async function loadOverview(ctx: AccessContext, parsed: ParsedDashboardQuery, exportOf?: { table: string; format: string }): Promise<Overview> {
  requireDashboardReader(ctx);
  const all = await overviewUnits(ctx);
  const unit = all.find((u) => u.orgId === parsed.unitId) ?? ctx;
  const d = await loadDashboard(unit, { ...parsed.query, exportOf });
  const units = await loadUnits(all, parsed.query);
  const tables = dashboardTables(d, { links: unit.orgId === ctx.orgId, units });
  return { d, tables, units, unit, unitChoices: all.map((u) => ({ orgId: u.orgId, name: u.orgName })) };
}
