import type { Period } from "@/lib/domain/dashboard/period";
import { periodParams, type DrillParams } from "./drill-params";

// The case list a figure counts (ADR 0029), under the overview's caseworker
// filter: with one chosen, every link narrows to her cases too.

export type LinkScope = { caseworkerUserId?: string; period: Period };

type ListParams = DrillParams & { stage?: string; caseworker?: string; unassigned?: "1"; responsible?: "1" };

export function caseListHref(params: ListParams): string {
  const entries = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== "");
  return `/sager?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}`;
}

/** A figure's link under the scope: the caseworker if one is chosen, else the organisation's own (responsible) cases when `ownCaseload`. */
export function scopedHref(scope: LinkScope, params: ListParams, ownCaseload = false): string {
  const who: ListParams = scope.caseworkerUserId ? { caseworker: scope.caseworkerUserId } : ownCaseload ? { responsible: "1" } : {};
  return caseListHref({ ...params, ...who });
}

/** The same, for a figure counted in the period. */
export function periodHref(scope: LinkScope, params: ListParams): string {
  return scopedHref(scope, { ...params, ...periodParams(scope.period) });
}
