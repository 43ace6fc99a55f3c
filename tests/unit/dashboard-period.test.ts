import { describe, expect, it } from "vitest";
import { copenhagenTime } from "@/lib/domain/calendar";
import { customPeriod, lastDayOf, monthEnds, periodKeyOf, periodOf, resolvePeriod, weekOf } from "@/lib/domain/dashboard/period";

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

describe("custom periods", () => {
  const now = copenhagenTime(2026, 11, 18, 12);

  it("takes both days inclusive and ends at the next Copenhagen midnight", () => {
    const p = customPeriod("2026-11-13", "2026-11-14");
    expect(p).toMatchObject({ ok: true, period: { key: "egen", firstDay: "2026-11-13", endDay: "2026-11-15" } });
    if (p.ok) expect(lastDayOf(p.period)).toBe("2026-11-14");
    expect(customPeriod("2026-03-29", "2026-03-29")).toMatchObject({ ok: true, period: { from: copenhagenTime(2026, 3, 29), to: copenhagenTime(2026, 3, 30) } });
  });

  it("names what is wrong in Danish: a missing or impossible day, the wrong order, too long", () => {
    expect(customPeriod(undefined, "2026-11-14")).toEqual({ ok: false, error: "Angiv en gyldig fra-dato." });
    expect(customPeriod("2026-02-30", "2026-03-01")).toEqual({ ok: false, error: "Angiv en gyldig fra-dato." });
    expect(customPeriod("2026-11-01", "")).toEqual({ ok: false, error: "Angiv en gyldig til-dato." });
    expect(customPeriod("2026-11-14", "2026-11-13")).toEqual({ ok: false, error: "Til-datoen skal være samme dag som fra-datoen eller senere." });
    expect(customPeriod("2020-01-01", "2026-01-01")).toEqual({ ok: false, error: "Perioden må højst være 3 år." });
    expect(customPeriod("2024-01-01", "2026-12-31").ok).toBe(true);
  });

  it("resolves a request: a preset, a custom period, or this month with the reason", () => {
    expect(resolvePeriod({ periode: "aar" }, now).period.firstDay).toBe("2026-01-01");
    expect(resolvePeriod({ periode: "egen", fra: "2026-11-02", til: "2026-11-08" }, now)).toMatchObject({ period: { key: "egen", endDay: "2026-11-09" } });
    expect(resolvePeriod({ periode: "egen", fra: "2026-11-08", til: "2026-11-02" }, now)).toMatchObject({
      period: { key: "denne-maaned", firstDay: "2026-11-01" }, error: expect.stringContaining("Til-datoen"),
    });
  });
});

describe("month ends", () => {
  it("gives the last months' ends at Copenhagen midnight, the current one at now, across the year", () => {
    const now = copenhagenTime(2027, 2, 10, 9);
    expect(monthEnds(now, 3)).toEqual([
      { label: "dec. 2026", at: copenhagenTime(2027, 1, 1) },
      { label: "jan. 2027", at: copenhagenTime(2027, 2, 1) },
      { label: "feb. 2027", at: now },
    ]);
  });
});
