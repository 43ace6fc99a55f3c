import { responsibleCasesSql } from "@/lib/access/dashboard";
import { addCalendarDays } from "@/lib/domain/calendar";
import { caseworkerSql, type DashboardFilter } from "./filter";

// Consents on the cases the organisation is responsible for: those about to
// lapse (a renewal conversation is due) and those withdrawn in the period.

export const EXPIRY_WINDOW_DAYS = 30;

export type ConsentFigures = { expiringSoon: number; withdrawn: number };

export async function consents(f: DashboardFilter): Promise<ConsentFigures> {
  const horizon = addCalendarDays(f.now, EXPIRY_WINDOW_DAYS);
  const [row] = await f.db.$queryRaw<ConsentFigures[]>`
    SELECT
      count(*) FILTER (WHERE k."withdrawnAt" IS NULL AND k."validUntil" >= ${f.now}::timestamptz AND k."validUntil" < ${horizon})::int AS "expiringSoon",
      count(*) FILTER (WHERE k."withdrawnAt" >= ${f.period.from} AND k."withdrawnAt" < ${f.period.to})::int AS withdrawn
    FROM "Consent" k JOIN "CaseFile" c ON c.id = k."caseId"
    WHERE ${responsibleCasesSql(f.ctx)} AND ${caseworkerSql(f)}`;
  return row ?? { expiringSoon: 0, withdrawn: 0 };
}
