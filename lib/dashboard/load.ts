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
  caseload: Caseload;
  stages: StageRow[];
  clocks: Clocks;
  reports: ReportFigures;
  meetings: MeetingFigures;
  consents: ConsentFigures;
};

export type DashboardQuery = { period: PeriodKey; caseworkerUserId?: string; now?: Date };

export async function loadDashboard(ctx: AccessContext, query: DashboardQuery): Promise<Dashboard> {
  requireDashboardReader(ctx);
  return withOrgScope(ctx, async ({ db, org }) => {
    const caseworkers = await colleaguesWith(db, ctx, "case:create");
    // Only a colleague can be filtered to; any other id shows the whole organisation (the page says which).
    const caseworkerUserId = caseworkers.some((c) => c.id === query.caseworkerUserId) ? query.caseworkerUserId : undefined;
    const now = query.now ?? new Date();
    const f: DashboardFilter = { db, ctx, period: periodOf(query.period, now), caseworkerUserId, now };
    // One transaction runs one statement at a time: sequential awaits.
    const result: Dashboard = {
      period: f.period, caseworkerUserId, caseworkers,
      caseload: await caseload(f),
      stages: await stages(f),
      clocks: await clocks(f),
      reports: await reports(f),
      meetings: await meetings(f, org.agreement.minCoordinationMeetingsInPregnancy),
      consents: await consents(f),
    };
    await audit(db, ctx, { action: "dashboard.view", details: { period: query.period, caseworker: caseworkerUserId ?? null } });
    return result;
  });
}
