import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { requireDashboardReader } from "@/lib/access/dashboard";
import { withOrgScope } from "@/lib/access/org-scope";
import { audit } from "@/lib/audit/write";
import { periodOf, type Period, type PeriodKey } from "@/lib/domain/dashboard/period";
import { colleaguesWith } from "@/lib/orgs/colleagues";
import { caseload, type Caseload } from "./caseload";
import { clocks, type Clocks } from "./clocks";
import { consents, type ConsentFigures } from "./consents";
import { DEFAULT_STUCK_DAYS } from "./constants";
import { caseloadOverTime, type OverTime } from "./over-time";
import { expectedVsFound, type ExpectedFigures } from "./expected";
import type { DashboardFilter } from "./filter";
import { meetings, type MeetingFigures } from "./meetings";
import { reports, type ReportFigures } from "./reports";
import { stages, type StageRow } from "./stages";

// The leader's overview (issue 12, ADR 0026): every figure is an aggregate
// computed in SQL in one transaction as the runtime role, for the acting
// organisation only. Suppression of small numbers is the page's (the figures
// here are exact, so tests can compare them).

export type Dashboard = {
  period: Period;
  caseworkerUserId?: string;
  caseworkers: { id: string; name: string }[];
  stuckDays: number;
  caseload: Caseload;
  overTime: OverTime;
  stages: StageRow[];
  clocks: Clocks;
  reports: ReportFigures;
  meetings: MeetingFigures;
  consents: ConsentFigures;
  expected: ExpectedFigures;
};

export type DashboardQuery = {
  /** A preset's key, or a period already resolved (a custom one, see resolvePeriod). */
  period: PeriodKey | Period;
  caseworkerUserId?: string;
  /** The "stuck in stage" threshold in days. */
  stuckDays?: number;
  now?: Date;
  /** An export of one table: audited as dashboard.export instead of a view. */
  exportOf?: { table: string; format: string };
};

/** The query's "now" and its period resolved against it. */
export function queryPeriod(query: Pick<DashboardQuery, "period" | "now">): { now: Date; period: Period } {
  const now = query.now ?? new Date();
  return { now, period: typeof query.period === "string" ? periodOf(query.period, now) : query.period };
}

export async function loadDashboard(ctx: AccessContext, query: DashboardQuery): Promise<Dashboard> {
  requireDashboardReader(ctx);
  return withOrgScope(ctx, async ({ db, org }) => {
    const caseworkers = await colleaguesWith(db, ctx, "case:create");
    // Only a colleague can be filtered to; any other id shows the whole organisation (the page says which).
    const caseworkerUserId = caseworkers.some((c) => c.id === query.caseworkerUserId) ? query.caseworkerUserId : undefined;
    const { now, period } = queryPeriod(query);
    const stuckDays = query.stuckDays ?? DEFAULT_STUCK_DAYS;
    const f: DashboardFilter = { db, ctx, period, caseworkerUserId, now };
    // One transaction runs one statement at a time: sequential awaits.
    const result: Dashboard = {
      period: f.period, caseworkerUserId, caseworkers, stuckDays,
      caseload: await caseload(f),
      overTime: await caseloadOverTime(f),
      stages: await stages(f, stuckDays),
      clocks: await clocks(f),
      reports: await reports(f),
      meetings: await meetings(f, org.agreement.minCoordinationMeetingsInPregnancy),
      consents: await consents(f),
      expected: await expectedVsFound(f, org.prevalence),
    };
    await audit(db, ctx, { action: query.exportOf ? "dashboard.export" : "dashboard.view", details: {
      period: period.key, from: period.firstDay, to: period.endDay, caseworker: caseworkerUserId ?? null, stuckDays, ...query.exportOf,
    } });
    return result;
  });
}
