import { OPEN_STAGES, stageLabel } from "@/lib/domain/stages";
import { DASHBOARD_CLOCKS, EXPIRY_WINDOW_DAYS, UNIT_KEYS } from "./constants";
import { periodHref, scopedHref, type LinkScope } from "./links";
import type { Dashboard } from "./load";
import { count, share, sumCell, text, type TableModel } from "./table-model";
import type { Units } from "./units";

// Every table on the overview as a model (table-model.ts): the page renders
// these with their links, the exports write the same cells.

function caseloadTable(d: Dashboard, scope: LinkScope): TableModel {
  return {
    id: "sagsbehandlere", caption: "Aktive sager pr. sagsbehandler og fase",
    head: ["Sagsbehandler", ...OPEN_STAGES.map(stageLabel), "I alt"],
    rows: d.caseload.rows.map((row) => {
      const who = row.userId ? { caseworker: row.userId } : { unassigned: "1" as const };
      return {
        label: row.userId ? (row.name ?? "") : "Ingen sagsbehandler",
        cells: [
          ...OPEN_STAGES.map((stage) => count(row.byStage[stage] ?? 0, scopedHref({ period: scope.period }, { ...who, stage }))),
          sumCell(OPEN_STAGES.map((stage) => row.byStage[stage] ?? 0), scopedHref({ period: scope.period }, { ...who, active: "1" })),
        ],
      };
    }),
    empty: { label: "Ingen aktive sager", cells: [...OPEN_STAGES.map(() => count(0)), count(0)] },
  };
}

function overTimeTable(d: Dashboard): TableModel {
  const t = d.overTime;
  return {
    id: "over-tid", caption: "Aktive sager ved hver måneds udgang, efter nuværende sagsbehandler", head: ["Sagsbehandler", ...t.months],
    rows: [
      ...t.rows.map((r) => ({ label: r.userId ? (r.name ?? "") : "Ingen sagsbehandler", cells: r.counts.map((n) => count(n)) })),
      { label: "I alt", cells: t.totals.map((_, i) => sumCell(t.rows.map((r) => r.counts[i] ?? 0))) },
    ],
  };
}

function stagesTable(d: Dashboard, scope: LinkScope): TableModel {
  const byStage = new Map(d.stages.map((s) => [s.stage, s]));
  return {
    id: "faser", caption: "Aktive sager pr. fase, og dage siden sagen kom i sin nuværende fase",
    head: ["Fase", "Sager", "Median dage", "90 % under (dage)", `I fasen mindst ${d.stuckDays} dage`],
    rows: OPEN_STAGES.map((stage) => {
      const row = byStage.get(stage);
      const n = row?.cases ?? 0;
      return {
        label: stageLabel(stage),
        cells: [
          count(n, scopedHref(scope, { stage }, true)),
          { kind: "days", value: row?.medianDays ?? null, group: n },
          { kind: "days", value: row?.p90Days ?? null, group: n },
          count(row?.stuck ?? 0, scopedHref(scope, { stage, stuckDays: d.stuckDays }, true)),
        ],
      };
    }),
  };
}

function clocksTable(d: Dashboard, scope: LinkScope): TableModel {
  return {
    id: "frister", caption: "Frister med forfald i perioden",
    head: ["Frist", "Forfalder", "Nået til tiden", "Andel nået", "Overskredet", "Ikke forfaldet endnu"],
    rows: DASHBOARD_CLOCKS.map(({ ruleId, label }) => {
      const row = d.clocks.rows.find((r) => r.ruleId === ruleId) ?? { due: 0, met: 0, missed: 0, pending: 0 };
      const href = (outcome: "due" | "met" | "missed" | "pending") => periodHref(scope, { clock: ruleId, outcome });
      return {
        label,
        cells: [count(row.due, href("due")), count(row.met, href("met")), share(row.met, row.met + row.missed),
          count(row.missed, href("missed")), count(row.pending, href("pending"))],
      };
    }),
  };
}

function reportsTable(d: Dashboard, scope: LinkScope): TableModel {
  const r = d.reports;
  return {
    id: "underretninger", caption: "Modtagne underretninger i perioden", head: ["Opgørelse", "Antal", "Andel"],
    rows: [
      { label: "Modtaget", cells: [count(r.received, periodHref(scope, { reports: "received" })), text("")] },
      { label: "Vurderet inden 24 timer", cells: [count(r.assessedIn24h), share(r.assessedIn24h, r.received)] },
      { label: "Anonyme", cells: [count(r.anonymous), share(r.anonymous, r.received)] },
      { label: "Kvinden er orienteret", cells: [count(r.womanInformed), share(r.womanInformed, r.received)] },
      { label: "Fra fagpersoner", cells: [count(r.fromProfessionals), share(r.fromProfessionals, r.received)] },
      { label: "Heraf fået tilbagemelding (andel af fagpersoners)", cells: [count(r.feedbackGiven), share(r.feedbackGiven, r.fromProfessionals)] },
    ],
  };
}

function meetingsTable(d: Dashboard): TableModel {
  const m = d.meetings;
  return {
    id: "moeder", caption: "Møder og samarbejdsaftalen", head: ["Opgørelse", "Antal", "Andel"],
    rows: [
      { label: "Kommende møder", cells: [count(m.upcoming), text("")] },
      { label: "Møder i perioden", cells: [count(m.inPeriod), text("")] },
      { label: "Heraf med sundhedsplejen inviteret", cells: [count(m.withHealthVisitor), share(m.withHealthVisitor, m.inPeriod)] },
      { label: "Aktive graviditetssager", cells: [count(m.activeGravid), text("")] },
      { label: `Heraf under ${m.minimum} koordinationsmøder`, cells: [count(m.belowMinimum), share(m.belowMinimum, m.activeGravid)] },
    ],
  };
}

function absencesTable(d: Dashboard): TableModel {
  return {
    id: "udeblivelser", caption: "Udeblivelser fra møder i perioden, pr. organisation", head: ["Organisation", "Udeblivelser"],
    rows: d.meetings.absences.map((a) => ({ label: a.orgName, cells: [count(a.count)] })),
    empty: { label: "Ingen udeblivelser registreret", cells: [count(0)] },
  };
}

function consentsTable(d: Dashboard, scope: LinkScope): TableModel {
  const k = d.consents;
  return {
    id: "samtykker", caption: "Samtykker og grundlag i organisationens sager", head: ["Opgørelse", "Antal"],
    rows: [
      { label: `Udløber inden for ${EXPIRY_WINDOW_DAYS} dage`, cells: [count(k.expiringSoon, scopedHref(scope, { consent: "expiring" }, true))] },
      { label: "Tilbagekaldt i perioden", cells: [count(k.withdrawn, periodHref(scope, { consent: "withdrawn" }))] },
      { label: "Aktive sager, hvor en deltager ikke har noget gyldigt grundlag", cells: [count(k.casesWithoutBasis, scopedHref(scope, { basis: "missing" }, true))] },
    ],
  };
}

const estimate = (value: number | null) =>
  value === null ? "Ikke beregnet" : value.toLocaleString("da-DK", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

function expectedTable(d: Dashboard, scope: LinkScope): TableModel {
  const e = d.expected;
  return {
    id: "forventet", caption: "Forventet og fundet: nye gravide med skadeligt rusmiddelforbrug", head: ["Opgørelse", "Antal"],
    rows: [
      { label: "Nye graviditetssager oprettet i perioden (fundet)", cells: [count(e.found, periodHref(scope, { opened: "gravid" }))] },
      { label: "Forventet i perioden efter landstallet", cells: [text(estimate(e.expected))] },
      { label: "Forventet pr. år efter landstallet", cells: [text(estimate(e.expectedPerYear))] },
    ],
  };
}

const UNIT_LABELS: Record<(typeof UNIT_KEYS)[number], string> = {
  active: "Aktive sager", unassigned: "Uden sagsbehandler", missedClocks: "Overskredne frister",
  reportsReceived: "Underretninger modtaget", consentsExpiring: "Samtykker der udløber", gravidOpened: "Nye graviditetssager",
};
const UNIT_COLUMNS = UNIT_KEYS.map((key) => [key, UNIT_LABELS[key]] as const);

/**
 * The units side by side and their sum. A sum over a column with a
 * suppressed unit is hidden too: sum minus the others would give it away.
 */
function unitsTable(units: Units): TableModel {
  return {
    id: "enheder", caption: "Enhederne i kommunen og deres sum", head: ["Enhed", ...UNIT_COLUMNS.map(([, label]) => label)],
    rows: [
      ...units.rows.map((r) => ({ label: r.name, cells: UNIT_COLUMNS.map(([key]) => count(r[key])) })),
      { label: "I alt", cells: UNIT_COLUMNS.map(([key]) => sumCell(units.rows.map((r) => r[key]))) },
    ],
  };
}

/** Drop the links: another unit's figures cannot open the acting organisation's case list. */
function withoutLinks(table: TableModel): TableModel {
  return { ...table, rows: table.rows.map((r) => ({ ...r, cells: r.cells.map((c) => (c.kind === "count" ? { ...c, href: undefined } : c)) })) };
}

export function dashboardTables(d: Dashboard, opts: { links: boolean; units: Units | null } = { links: true, units: null }): TableModel[] {
  const scope: LinkScope = { caseworkerUserId: d.caseworkerUserId, period: d.period };
  const tables = [caseloadTable(d, scope), overTimeTable(d), stagesTable(d, scope), clocksTable(d, scope), reportsTable(d, scope),
    meetingsTable(d), absencesTable(d), consentsTable(d, scope), expectedTable(d, scope)];
  return [...(opts.links ? tables : tables.map(withoutLinks)), ...(opts.units ? [unitsTable(opts.units)] : [])];
}

export const TABLE_IDS = ["sagsbehandlere", "over-tid", "faser", "frister", "underretninger", "moeder", "udeblivelser", "samtykker", "forventet", "enheder"] as const;
