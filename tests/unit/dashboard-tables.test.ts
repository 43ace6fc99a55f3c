import { describe, expect, it } from "vitest";
import { drillParamsSchema, drillPeriod, isDrillDown, periodParams } from "@/lib/dashboard/drill-params";
import { caseListHref, periodHref } from "@/lib/dashboard/links";
import { cellText, cellValue, count, share } from "@/lib/dashboard/table-model";
import { copenhagenTime } from "@/lib/domain/calendar";
import { expectedInPeriod, expectedPerYear, prevalenceOf } from "@/lib/domain/dashboard/expected";
import { periodOf } from "@/lib/domain/dashboard/period";

// The overview's cells as page and export show them, and its drill-down links.

describe("table cells", () => {
  it("suppresses counts 1..4 and the shares built on them, the same in text and in a spreadsheet", () => {
    expect([cellText(count(0)), cellText(count(3)), cellText(count(12))]).toEqual(["0", "<5", "12"]);
    expect([cellValue(count(0)), cellValue(count(4)), cellValue(count(5))]).toEqual([0, "<5", 5]);
    expect(cellText(share(12, 20))).toBe("60 %");
    expect(cellText(share(7, 10))).toBe("–"); // the rest, 3, would show
    expect(cellText({ kind: "days", value: 12.34, group: 6 })).toBe("12,3");
    expect(cellText({ kind: "days", value: 12.34, group: 3 })).toBe("–");
  });
});

describe("drill-down links", () => {
  const period = periodOf("denne-maaned", copenhagenTime(2026, 11, 18, 12));

  it("carries the period as both days included, and reads it back to the same instants", () => {
    expect(periodParams(period)).toEqual({ from: "2026-11-01", to: "2026-11-30" });
    const back = drillPeriod(drillParamsSchema.parse(periodParams(period)));
    expect(back && [back.from, back.to]).toEqual([period.from, period.to]);
  });

  it("adds the chosen caseworker to every figure's link", () => {
    const href = periodHref({ caseworkerUserId: "0b7e2c4e-0000-4000-8000-000000000001", period }, { clock: "bfu-4-maaneder", outcome: "missed" });
    expect(href).toBe("/sager?clock=bfu-4-maaneder&outcome=missed&from=2026-11-01&to=2026-11-30&caseworker=0b7e2c4e-0000-4000-8000-000000000001");
    expect(caseListHref({ stage: "OPSPORING", responsible: "1" })).toBe("/sager?stage=OPSPORING&responsible=1");
  });

  it("ignores unknown values: an unknown clock or outcome is no drill-down", () => {
    const p = drillParamsSchema.parse({ clock: "ukendt", outcome: "x", stuckDays: "0" });
    expect(p).toEqual({ clock: undefined, outcome: undefined, reports: undefined, consent: undefined, basis: undefined, active: undefined, stuckDays: undefined, from: undefined, to: undefined });
    expect(isDrillDown(p)).toBe(false);
    expect(isDrillDown(drillParamsSchema.parse({ stuckDays: "30" }))).toBe(true);
  });
});

describe("expected vs found", () => {
  const november = periodOf("denne-maaned", copenhagenTime(2026, 11, 18, 12));

  it("takes the national figure and populations from the settings, with defaults, and no estimate without the kommune's population", () => {
    expect(prevalenceOf({})).toEqual({ nationalPerYear: 1150, nationalPopulation: 5_990_000, kommunePopulation: null });
    expect(prevalenceOf({ prevalence: { kommunePopulation: "many", nationalPerYear: -3 } })).toEqual(prevalenceOf(null));
    expect(expectedPerYear(prevalenceOf({}))).toBeNull();
    const p = prevalenceOf({ prevalence: { kommunePopulation: 59_900 } });
    expect(expectedPerYear(p)).toBeCloseTo(11.5, 9);
    expect(expectedInPeriod(p, november)).toBeCloseTo((11.5 * 30) / 365.25, 9);
  });
});
