import { describe, expect, it } from "vitest";
import { copenhagenTime } from "@/lib/domain/calendar";
import { periodKeyOf, periodOf, weekOf } from "@/lib/domain/dashboard/period";

// Periods are Copenhagen calendar periods, whatever the server's time zone.

describe("dashboard periods", () => {
  const now = copenhagenTime(2026, 11, 18, 12);

  it("gives this month, last month, this quarter and this year as Copenhagen days", () => {
    expect(periodOf("denne-maaned", now)).toMatchObject({ firstDay: "2026-11-01", endDay: "2026-12-01" });
    expect(periodOf("sidste-maaned", now)).toMatchObject({ firstDay: "2026-10-01", endDay: "2026-11-01" });
    expect(periodOf("kvartal", now)).toMatchObject({ firstDay: "2026-10-01", endDay: "2027-01-01" });
    expect(periodOf("aar", now)).toMatchObject({ firstDay: "2026-01-01", endDay: "2027-01-01" });
  });

  it("starts at Copenhagen midnight, across summer and winter time", () => {
    expect(periodOf("denne-maaned", now).from.toISOString()).toBe("2026-10-31T23:00:00.000Z");
    expect(periodOf("sidste-maaned", now).from.toISOString()).toBe("2026-09-30T22:00:00.000Z");
  });

  it("crosses the year in January: last month is December, the quarter is Q1", () => {
    const january = copenhagenTime(2027, 1, 1, 0, 30); // still 31 December in UTC
    expect(periodOf("sidste-maaned", january)).toMatchObject({ firstDay: "2026-12-01", endDay: "2027-01-01" });
    expect(periodOf("kvartal", january)).toMatchObject({ firstDay: "2027-01-01", endDay: "2027-04-01" });
    expect(periodOf("aar", january)).toMatchObject({ firstDay: "2027-01-01", endDay: "2028-01-01" });
  });

  it("puts the last evening of a quarter in that quarter, by Copenhagen time", () => {
    const evening = copenhagenTime(2026, 6, 30, 23, 30); // 21:30 UTC on 30 June
    expect(periodOf("kvartal", evening)).toMatchObject({ firstDay: "2026-04-01", endDay: "2026-07-01" });
    const justAfter = copenhagenTime(2026, 7, 1, 0, 30); // 22:30 UTC on 30 June
    expect(periodOf("kvartal", justAfter)).toMatchObject({ firstDay: "2026-07-01", endDay: "2026-10-01" });
  });

  it("runs the week from Monday to Monday", () => {
    const week = weekOf(now); // Wednesday
    expect(week.from).toEqual(copenhagenTime(2026, 11, 16));
    expect(week.to).toEqual(copenhagenTime(2026, 11, 23));
    expect(weekOf(copenhagenTime(2026, 11, 22, 23)).from).toEqual(copenhagenTime(2026, 11, 16)); // Sunday evening
  });

  it("reads an unknown period as this month", () => {
    expect(periodKeyOf("kvartal")).toBe("kvartal");
    expect(periodKeyOf("forever")).toBe("denne-maaned");
    expect(periodKeyOf(undefined)).toBe("denne-maaned");
  });
});
