import type { AccessContext } from "@/lib/access/context";
import { joinSql, sql, type Sql } from "@/lib/db/sql";
import { addCalendarDays } from "@/lib/domain/calendar";
import { EXPIRY_WINDOW_DAYS } from "./constants";
import { ACTIVE_CASE_SQL } from "./filter";
import { drillPeriod, type ClockOutcome, type DrillParams } from "./drill-params";
import { clockOutcomeSql, clocksDueSql, consentExpiringSql, consentWithdrawnSql, gravidOpenedSql, participantWithoutBasisSql, reportsReceivedSql, stuckSql } from "./predicates";

// The drill-downs' SQL (ADR 0029): the case list narrows its rows by the same
// fragments the overview's count used (predicates.ts). They only narrow: the
// case scope and row-level security decide what the list may hold.

/** Conditions over "CaseFile" aliased c that narrow the case list to the counted cases. */
export function drillConditions(ctx: AccessContext, p: DrillParams, now: Date): Sql[] {
  const conditions: Sql[] = [];
  const period = drillPeriod(p);
  const inPeriod = (make: (pd: NonNullable<typeof period>) => Sql) => (period ? make(period) : sql`false`);
  if (p.clock) {
    const outcome: ClockOutcome = p.outcome ?? "due";
    conditions.push(sql`EXISTS (SELECT 1 FROM "Deadline" d WHERE d."caseId" = c.id AND ${inPeriod((pd) =>
      sql`${clocksDueSql(ctx, pd, joinSql([p.clock]))} AND ${clockOutcomeSql(outcome, now)}`)})`);
  }
  if (p.reports) {
    conditions.push(sql`EXISTS (SELECT 1 FROM "ConcernReport" r WHERE r."caseId" = c.id AND ${inPeriod((pd) => reportsReceivedSql(ctx, pd))})`);
  }
  if (p.consent === "expiring") {
    conditions.push(sql`EXISTS (SELECT 1 FROM "Consent" k WHERE k."caseId" = c.id AND ${consentExpiringSql(now, addCalendarDays(now, EXPIRY_WINDOW_DAYS))})`);
  }
  if (p.consent === "withdrawn") {
    conditions.push(sql`EXISTS (SELECT 1 FROM "Consent" k WHERE k."caseId" = c.id AND ${inPeriod((pd) => consentWithdrawnSql(pd))})`);
  }
  if (p.basis) conditions.push(participantWithoutBasisSql(now));
  if (p.opened) conditions.push(inPeriod((pd) => gravidOpenedSql(pd)));
  if (p.active || p.stuckDays || p.basis) conditions.push(ACTIVE_CASE_SQL);
  if (p.stuckDays) conditions.push(stuckSql(p.stuckDays, now));
  return conditions;
}

