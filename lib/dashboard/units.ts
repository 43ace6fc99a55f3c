import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { requireDashboardReader } from "@/lib/access/dashboard";
import { withOrgScope } from "@/lib/access/org-scope";
import { audit } from "@/lib/audit/write";
import { caseload } from "./caseload";
import { clocks } from "./clocks";
import { consents } from "./consents";
import { UNIT_KEYS } from "./constants";
import { expectedVsFound } from "./expected";
import { queryPeriod, type Dashboard, type DashboardQuery } from "./load";
import { reports } from "./reports";

// Several units of one kommune (overviewUnits in lib/access/dashboard.ts): each unit's key figures,
// each loaded under its own membership (its own RLS, its own audit row), and
// their sum. The caseworker filter is one unit's: the sum ignores it. Only
// the figure groups a row needs are read, not a unit's whole overview.

type UnitKey = (typeof UNIT_KEYS)[number];

export type UnitRow = { orgId: string; name: string } & Record<UnitKey, number>;

export type Units = { rows: UnitRow[]; sum: Record<UnitKey, number> };

type RowFigures = Pick<Dashboard, "caseload" | "clocks" | "reports" | "consents" | "expected">;

function rowOf(unit: AccessContext, d: RowFigures): UnitRow {
  return {
    orgId: unit.orgId, name: unit.orgName, active: d.caseload.total, unassigned: d.caseload.unassigned,
    missedClocks: d.clocks.rows.reduce((n, r) => n + r.missed, 0), reportsReceived: d.reports.received,
    consentsExpiring: d.consents.expiringSoon, gravidOpened: d.expected.found,
  };
}

async function unitRow(unit: AccessContext, query: DashboardQuery): Promise<UnitRow> {
  requireDashboardReader(unit);
  return withOrgScope(unit, async ({ db, org }) => {
    const { now, period } = queryPeriod(query);
    const f = { db, ctx: unit, period, now };
    const row = rowOf(unit, {
      caseload: await caseload(f), clocks: await clocks(f), reports: await reports(f), consents: await consents(f),
      expected: await expectedVsFound(f, org.prevalence),
    });
    await audit(db, unit, { action: "dashboard.view", details: { period: period.key, from: period.firstDay, to: period.endDay, caseworker: null, view: "units" } });
    return row;
  });
}

/**
 * The units side by side, or null for a leader of one unit. `shown` is the
 * unit already loaded for the page: without a caseworker filter its figures
 * are the row's, so it is not read (or audited) again.
 */
export async function loadUnits(units: AccessContext[], query: DashboardQuery, shown?: { unit: AccessContext; d: Dashboard }): Promise<Units | null> {
  if (units.length < 2) return null;
  const rows: UnitRow[] = [];
  for (const unit of units) {
    const reuse = shown && shown.unit === unit && !shown.d.caseworkerUserId;
    rows.push(reuse ? rowOf(unit, shown.d) : await unitRow(unit, query));
  }
  const sum = Object.fromEntries(UNIT_KEYS.map((k) => [k, rows.reduce((n, r) => n + r[k], 0)])) as Units["sum"];
  return { rows, sum };
}
