import { resolvePeriod } from "@/lib/domain/dashboard/period";
import { z } from "@/lib/validation/zod";
import { stuckDaysSchema } from "./drill-params";
import type { DashboardQuery } from "./load";

// The overview's URL parameters, read the same way by the page and its
// exports, so an export holds exactly the figures on the screen.

type Params = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export type ParsedDashboardQuery = {
  query: DashboardQuery;
  periodError?: string;
  /** The custom days as given (kept in the form when invalid). */
  custom: { fra?: string; til?: string };
  /** The unit chosen (an organisation id), if any; overviewUnits (lib/access/dashboard.ts) decides whether it is hers. */
  unitId?: string;
  /** The filter as a query string, for the export links. */
  search: string;
};

export function parseDashboardQuery(params: Params, now = new Date()): ParsedDashboardQuery {
  const raw = { periode: one(params.periode), fra: one(params.fra), til: one(params.til) };
  const { period, error } = resolvePeriod(raw, now);
  const caseworker = z.guid().safeParse(one(params.sagsbehandler));
  const stuck = stuckDaysSchema.safeParse(one(params.fastlaast));
  const unit = z.guid().safeParse(one(params.enhed));
  const query: DashboardQuery = {
    period, now, caseworkerUserId: caseworker.success ? caseworker.data : undefined, stuckDays: stuck.success ? stuck.data : undefined,
  };
  const search = new URLSearchParams(Object.entries({
    periode: period.key, fra: period.key === "egen" ? raw.fra : undefined, til: period.key === "egen" ? raw.til : undefined,
    enhed: unit.success ? unit.data : undefined, sagsbehandler: query.caseworkerUserId, fastlaast: query.stuckDays === undefined ? undefined : String(query.stuckDays),
  }).filter((e): e is [string, string] => !!e[1]));
  return { query, periodError: error, custom: { fra: raw.fra, til: raw.til }, unitId: unit.success ? unit.data : undefined, search: search.toString() };
}
