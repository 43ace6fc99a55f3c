import { ownDeadlinesSql, receivedReportsSql } from "@/lib/access/dashboard";
import type { AccessContext } from "@/lib/access/context";
import { sql, type Sql } from "@/lib/db/sql";
import type { Period } from "@/lib/domain/dashboard/period";
import type { ClockOutcome } from "./drill-params";

// The conditions a figure counts by, written once: the overview's GROUP BY
// queries and the case list it links to (lib/dashboard/drill.ts) use the same
// fragments, so a count and the list behind it cannot drift apart.


/** A clock's outcome by `now`, over "Deadline" aliased d. Cancelled clocks are no duty and count nowhere. */
export function clockOutcomeSql(outcome: ClockOutcome, now: Date): Sql {
  const at = sql`${now}::timestamptz`;
  switch (outcome) {
    case "due":
      return sql`d.status <> 'CANCELLED'`;
    case "met":
      return sql`(d."metAt" IS NOT NULL AND d."metAt" <= d."dueAt")`;
    case "missed":
      return sql`(d."metAt" > d."dueAt" OR (d."metAt" IS NULL AND d.status = 'OPEN' AND d."dueAt" < ${at}))`;
    case "pending":
      return sql`(d."metAt" IS NULL AND d.status = 'OPEN' AND d."dueAt" >= ${at})`;
  }
}

/** The organisation's clocks of one rule due in the period, over "Deadline" aliased d. */
export function clocksDueSql(ctx: AccessContext, period: Pick<Period, "from" | "to">, ruleIds: Sql): Sql {
  return sql`${ownDeadlinesSql(ctx)} AND d.status <> 'CANCELLED' AND d."ruleId" IN (${ruleIds})
    AND d."dueAt" >= ${period.from} AND d."dueAt" < ${period.to}`;
}

/** Underretninger the organisation received in the period, over "ConcernReport" aliased r. */
export function reportsReceivedSql(ctx: AccessContext, period: Pick<Period, "from" | "to">): Sql {
  return sql`${receivedReportsSql(ctx)} AND r."receivedAt" >= ${period.from} AND r."receivedAt" < ${period.to}`;
}

/** When the case came into its current stage: its latest StageTransition (never updatedAt), over "CaseFile" c. */
export const STAGE_SINCE_SQL = sql`(SELECT max(st.at) FROM "StageTransition" st WHERE st."caseId" = c.id)`;

/** Stuck: in the current stage for at least `days` days by `now`, over "CaseFile" c (or a `since` already joined). */
export function stuckSql(days: number, now: Date, since: Sql = STAGE_SINCE_SQL): Sql {
  return sql`${since} <= ${now}::timestamptz - make_interval(days => ${days}::int)`;
}

/** A live consent on the case that lapses within `days` days, over "Consent" aliased k. */
export function consentExpiringSql(now: Date, horizon: Date): Sql {
  return sql`(k."withdrawnAt" IS NULL AND k."validUntil" >= ${now}::timestamptz AND k."validUntil" < ${horizon})`;
}

/** A consent withdrawn in the period, over "Consent" aliased k. */
export function consentWithdrawnSql(period: Pick<Period, "from" | "to">): Sql {
  return sql`(k."withdrawnAt" >= ${period.from} AND k."withdrawnAt" < ${period.to})`;
}

/**
 * An active participant of the case (not the responsible organisation) that
 * holds no live sharing basis of any kind on it: it sees the case shell and
 * nothing more. Over "CaseFile" c; the same liveness as liveBasisWhere.
 */
export function participantWithoutBasisSql(now: Date): Sql {
  const at = sql`${now}::timestamptz`;
  return sql`EXISTS (SELECT 1 FROM "CaseParticipant" p WHERE p."caseId" = c.id AND p."until" IS NULL
    AND p."orgId" <> c."responsibleOrgId"
    AND NOT EXISTS (SELECT 1 FROM "SharingBasis" b WHERE b."caseId" = c.id AND b."recipientOrgId" = p."orgId"
      AND b."revokedAt" IS NULL AND b."validFrom" <= ${at} AND (b."validTo" IS NULL OR b."validTo" > ${at})))`;
}

/** A pregnancy case opened in the period (a merged duplicate is not a second woman), over "CaseFile" c. */
export function gravidOpenedSql(period: Pick<Period, "from" | "to">): Sql {
  return sql`c.kind = 'GRAVID' AND c."mergedIntoCaseId" IS NULL AND c."createdAt" >= ${period.from} AND c."createdAt" < ${period.to}`;
}
