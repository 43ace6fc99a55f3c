import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { loadDashboard, type Dashboard, type DashboardQuery } from "./load";

// Several units of one kommune (lib/auth/units.ts): each unit's key figures,
// each loaded under its own membership (its own RLS, its own audit row), and
// their sum. The caseworker filter is one unit's: the sum ignores it.

export type UnitRow = {
  orgId: string;
  name: string;
  active: number;
  unassigned: number;
  missedClocks: number;
  reportsReceived: number;
  consentsExpiring: number;
  gravidOpened: number;
};

export type Units = { rows: UnitRow[]; sum: Omit<UnitRow, "orgId" | "name"> };

function rowOf(unit: AccessContext, d: Dashboard): UnitRow {
  return {
    orgId: unit.orgId, name: unit.orgName, active: d.caseload.total, unassigned: d.caseload.unassigned,
    missedClocks: d.clocks.rows.reduce((n, r) => n + r.missed, 0), reportsReceived: d.reports.received,
    consentsExpiring: d.consents.expiringSoon, gravidOpened: d.expected.found,
  };
}

/** The units side by side, or null for a leader of one unit. */
export async function loadUnits(units: AccessContext[], query: DashboardQuery): Promise<Units | null> {
  if (units.length < 2) return null;
  const rows: UnitRow[] = [];
  for (const unit of units) rows.push(rowOf(unit, await loadDashboard(unit, { ...query, caseworkerUserId: undefined })));
  const keys = ["active", "unassigned", "missedClocks", "reportsReceived", "consentsExpiring", "gravidOpened"] as const;
  const sum = Object.fromEntries(keys.map((k) => [k, rows.reduce((n, r) => n + r[k], 0)])) as Units["sum"];
  return { rows, sum };
}
