import { responsibleCasesSql } from "@/lib/access/dashboard";
import { addCalendarDays } from "@/lib/domain/calendar";
import { EXPIRY_WINDOW_DAYS } from "./constants";
import { ACTIVE_CASE_SQL, caseworkerSql, type DashboardFilter } from "./filter";
import { consentExpiringSql, consentWithdrawnSql, participantWithoutBasisSql } from "./predicates";

// Consents on the cases the organisation is responsible for: those about to
// lapse (a renewal conversation is due), those withdrawn in the period, and
// the active cases where a participating organisation has no live basis at
// all (it works blind: a consent or a statutory basis is missing).

export type ConsentFigures = { expiringSoon: number; withdrawn: number; casesWithoutBasis: number };

export async function consents(f: DashboardFilter): Promise<ConsentFigures> {
  const horizon = addCalendarDays(f.now, EXPIRY_WINDOW_DAYS);
  const [row] = await f.db.$queryRaw<Omit<ConsentFigures, "casesWithoutBasis">[]>`
    SELECT
      count(*) FILTER (WHERE ${consentExpiringSql(f.now, horizon)})::int AS "expiringSoon",
      count(*) FILTER (WHERE ${consentWithdrawnSql(f.period)})::int AS withdrawn
    FROM "Consent" k JOIN "CaseFile" c ON c.id = k."caseId"
    WHERE ${responsibleCasesSql(f.ctx)} AND ${caseworkerSql(f)}`;
  const [blind] = await f.db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "CaseFile" c
    WHERE ${responsibleCasesSql(f.ctx)} AND ${ACTIVE_CASE_SQL} AND ${caseworkerSql(f)} AND ${participantWithoutBasisSql(f.now)}`;
  return { expiringSoon: row?.expiringSoon ?? 0, withdrawn: row?.withdrawn ?? 0, casesWithoutBasis: blind?.n ?? 0 };
}
