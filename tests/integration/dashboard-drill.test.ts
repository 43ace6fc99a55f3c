// The overview's drill-downs and exports (issue 12, ADR 0029) on real
// PostgreSQL: every linked count leads to a case list holding exactly the
// counted cases, under the case scope and RLS, audited; the exports hold the
// page's cells with the same suppression.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { listCases } from "@/lib/cases/queries";
import { tableCsv, tableXlsx } from "@/lib/dashboard/export";
import { loadDashboard } from "@/lib/dashboard/load";
import { cellText, cellValue } from "@/lib/dashboard/table-model";
import { dashboardTables } from "@/lib/dashboard/tables";
import { NOW, pick, seedDashboardFixture, type Fixture } from "./dashboard-fixture";
import { owner, type Tenant } from "./helpers";

let f: Fixture;
beforeAll(async () => {
  f = await seedDashboardFixture("Drill");
});

const NOVEMBER = { from: "2026-11-01", to: "2026-11-30" };
type Params = Parameters<typeof listCases>[1];
const ids = async (t: Tenant, params: Params) => (await listCases(t.ctx, params, NOW)).cases.map((c) => c.id).sort();
const sorted = (list: string[]) => [...list].sort();
const hrefParams = (href: string): Params => Object.fromEntries(new URL(href, "http://x").searchParams) as Params;

describe("the overview's drill-downs", () => {
  it("lists the cases with a missed clock of one kind in the period, also for one caseworker", async () => {
    const missedBfu = { clock: "bfu-4-maaneder", outcome: "missed", ...NOVEMBER } as const;
    expect(await ids(f.kommune, missedBfu)).toEqual(sorted([pick(f.casesB, 2), pick(f.casesA, 2)]));
    expect(await ids(f.kommune, { ...missedBfu, caseworker: f.userB.id })).toEqual([pick(f.casesB, 2)]);
    expect(await ids(f.kommune, { ...missedBfu, caseworker: f.userA.id })).toEqual([pick(f.casesA, 2)]);
    // The missed 24-hour clocks: two on A0 (late and open past due) and the weekend one.
    expect(await ids(f.kommune, { clock: "underretning-24t", outcome: "missed", ...NOVEMBER })).toEqual(sorted([pick(f.casesA, 0), f.weekendCase]));
    expect(await ids(f.kommune, { clock: "bfu-4-maaneder", outcome: "met", ...NOVEMBER })).toEqual([pick(f.casesB, 1)]);
    // October's clocks are not November's.
    expect(await ids(f.kommune, { clock: "bfu-4-maaneder", outcome: "missed", from: "2026-10-01", to: "2026-10-31" })).toEqual([]);
  });

  it("lists nothing for a period figure without a valid period, rather than everything", async () => {
    expect(await ids(f.kommune, { clock: "bfu-4-maaneder", outcome: "missed" })).toEqual([]);
    expect(await ids(f.kommune, { reports: "received", from: "2026-11-30", to: "2026-11-01" })).toEqual([]);
  });

  it("lists the cases with underretninger received, consents expiring or withdrawn, and no live basis for a participant", async () => {
    expect(await ids(f.kommune, { reports: "received", ...NOVEMBER })).toEqual(sorted([pick(f.casesB, 0), pick(f.casesB, 1), f.weekendCase]));
    expect(await ids(f.kommune, { consent: "expiring" })).toEqual([pick(f.casesA, 0)]);
    expect(await ids(f.kommune, { opened: "gravid", ...NOVEMBER })).toEqual(sorted(f.openedInNovember));
    expect(await ids(f.kommune, { consent: "withdrawn", ...NOVEMBER })).toEqual([pick(f.casesA, 0)]);
    const all = [...f.casesA, ...f.casesB, ...f.unassigned];
    expect(await ids(f.kommune, { basis: "missing" })).toEqual(sorted(all.filter((id) => !f.withBasis.includes(id))).slice(0, 25));
  });

  it("lists one caseworker's active cases (not her closed one) and the cases stuck in a stage", async () => {
    expect(await ids(f.kommune, { caseworker: f.userA.id, active: "1" })).toEqual(sorted(f.casesA));
    expect(await ids(f.kommune, { stage: "UDREDNING", stuckDays: 15, responsible: "1" })).toEqual(sorted([pick(f.casesA, 1), pick(f.casesA, 2)]));
    expect(await ids(f.kommune, { stage: "OPSPORING", stuckDays: 15, responsible: "1" })).toEqual([]);
  });

  it("links every count on the page to a list of that many cases (where one case is one count)", async () => {
    const d = await loadDashboard(f.kommune.ctx, { period: "denne-maaned", stuckDays: 15, now: NOW });
    const perCase = new Set(["sagsbehandlere", "faser", "samtykker", "forventet"]);
    for (const table of dashboardTables(d).filter((t) => perCase.has(t.id))) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          if (cell.kind !== "count" || !cell.href || cell.n === 0) continue;
          // Consents are counted per consent: here one per case, as the fixture has them.
          expect(await ids(f.kommune, hrefParams(cell.href)), `${table.id}: ${row.label}`).toHaveLength(Math.min(cell.n, 25));
        }
      }
    }
  });

  it("shows a participant and another kommune none of these cases, and audits the drill-down", async () => {
    expect(await ids(f.voksen, { basis: "missing" })).toEqual([]);
    expect(await ids(f.voksen, { clock: "bfu-4-maaneder", outcome: "missed", ...NOVEMBER })).toEqual([]);
    expect(await ids(f.otherLeader, { clock: "underretning-24t", outcome: "due", ...NOVEMBER })).toEqual([]);
    const row = await owner().auditEvent.findFirst({
      where: { orgId: f.kommune.org.id, action: "case.search", details: { path: ["drillDown", "clock"], equals: "bfu-4-maaneder" } },
    });
    expect(row).not.toBeNull();
  });
});

describe("the overview's exports", () => {
  it("writes the page's cells, suppressed, to XLSX and CSV, and audits the export", async () => {
    const d = await loadDashboard(f.kommune.ctx, { period: "denne-maaned", now: NOW, exportOf: { table: "frister", format: "xlsx" } });
    const table = dashboardTables(d).find((t) => t.id === "frister")!;
    const header = { orgName: f.kommune.org.name, period: d.period };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await tableXlsx(table, header)).buffer as ArrayBuffer);
    const sheet = book.getWorksheet("frister")!;
    const values: (string | number)[][] = [];
    sheet.eachRow((r) => values.push((r.values as (string | number)[]).slice(1)));
    expect(values[1]?.[0]).toContain("1. nov. 2026 – 30. nov. 2026");
    const bfu = values.find((v) => v[0] === "Børnefaglig undersøgelse inden 4 måneder");
    // 3 due, 1 met, 2 missed: every one of them 1..4, so "<5", and the share hidden.
    expect(bfu).toEqual(["Børnefaglig undersøgelse inden 4 måneder", "<5", "<5", "–", "<5", 0]);
    for (const row of table.rows) {
      expect(values.find((v) => v[0] === row.label)?.slice(1)).toEqual(row.cells.map(cellValue));
    }
    const csv = tableCsv(table, header);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain(`Børnefaglig undersøgelse inden 4 måneder;${table.rows[2]!.cells.map(cellText).join(";")}`);
    expect(await owner().auditEvent.count({ where: { orgId: f.kommune.org.id, action: "dashboard.export" } })).toBe(1);
  });
});
