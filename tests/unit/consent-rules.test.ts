import { describe, expect, it } from "vitest";
import { checkGiver, consentPeriod, lastValidDay } from "@/lib/consents/rules";

describe("who may consent", () => {
  const adult = new Date("1995-05-01T00:00:00Z");
  it("the woman herself in a GRAVID case, nobody else", () => {
    expect(checkGiver("GRAVID", "MOTHER", adult)).toBeNull();
    expect(checkGiver("GRAVID", "CUSTODY_HOLDER", adult)).toMatch(/kvinden selv/);
    expect(checkGiver("GRAVID", "PARTNER", adult)).toMatch(/egne oplysninger/);
  });
  it("the custody holder in a BARN case, the child only from 15", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    expect(checkGiver("BARN", "CUSTODY_HOLDER", null, now)).toBeNull();
    expect(checkGiver("BARN", "MOTHER", null, now)).toMatch(/forældremyndighed/);
    expect(checkGiver("BARN", "CHILD_15_PLUS", new Date("2011-11-23T00:00:00Z"), now)).toBeNull();
    expect(checkGiver("BARN", "CHILD_15_PLUS", new Date("2011-11-24T00:00:00Z"), now)).toMatch(/15 år/);
    expect(checkGiver("BARN", "CHILD_15_PLUS", null, now)).toMatch(/15 år/);
  });
});

describe("consent period", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  it("defaults to now until the end of the day one year on, in Danish time", () => {
    const p = consentPeriod(undefined, undefined, now);
    expect(p).toEqual({ from: now, until: new Date("2027-11-23T23:00:00Z") }); // CET: midnight is 23:00 UTC
    if ("error" in p) throw new Error(p.error);
    expect(lastValidDay(p.until)).toBe("2027-11-23");
    // Late in the evening the Danish day is already the next one in UTC terms: still its own day a year on.
    const late = consentPeriod(undefined, undefined, new Date("2026-11-23T23:30:00Z"));
    expect(late).toMatchObject({ until: new Date("2027-11-24T23:00:00Z") });
  });
  it("allows a consent from today until today (one day)", () => {
    const p = consentPeriod("2026-11-23", "2026-11-23", now);
    expect(p).toEqual({ from: now, until: new Date("2026-11-23T23:00:00Z") });
  });
  it("runs to the end of the given day in Danish time", () => {
    const p = consentPeriod("2026-11-23", "2027-06-30", now);
    expect(p).toEqual({ from: now, until: new Date("2027-06-30T22:00:00Z") }); // CEST: midnight is 22:00 UTC
    expect(consentPeriod("2026-11-01", "2027-01-15", now)).toMatchObject({ from: new Date("2026-10-31T23:00:00Z") });
  });
  it("refuses an end before the start, or in the past", () => {
    expect(consentPeriod("2027-02-01", "2027-01-01", now)).toEqual({ error: "Gyldig til kan ikke ligge før gyldig fra" });
    expect(consentPeriod("2026-01-01", "2026-03-01", now)).toMatchObject({ error: expect.stringContaining("udløbet") });
  });
});

describe("consent period across DST changes", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  it("starts at Danish midnight on the spring-forward day itself", () => {
    // 2027-03-28: clocks go from 02:00 CET to 03:00 CEST; midnight is still CET (+1).
    expect(consentPeriod("2027-03-28", "2027-04-30", now)).toMatchObject({ from: new Date("2027-03-27T23:00:00Z") });
  });
  it("valid from 2027-03-27 for the default year covers 2028-03-27 to its Danish end", () => {
    const p = consentPeriod("2027-03-27", undefined, now);
    // 2027-03-27 is CET (+1); 2028-03-28 begins in CEST (+2) since the change on 2028-03-26.
    expect(p).toEqual({ from: new Date("2027-03-26T23:00:00Z"), until: new Date("2028-03-27T22:00:00Z") });
    if ("error" in p) throw new Error(p.error);
    expect(lastValidDay(p.until)).toBe("2028-03-27");
  });
  it("a period ending on the autumn-back day ends at the following Danish midnight", () => {
    // 2027-10-31 has 25 hours: 00:00 CEST is 22:00 UTC the day before, next midnight (CET) is 23:00 UTC.
    const p = consentPeriod("2027-06-01", "2027-10-31", now);
    expect(p).toEqual({ from: new Date("2027-05-31T22:00:00Z"), until: new Date("2027-10-31T23:00:00Z") });
    if ("error" in p) throw new Error(p.error);
    expect(lastValidDay(p.until)).toBe("2027-10-31");
  });
  it("a period crossing the October change keeps the Danish day boundaries", () => {
    const p = consentPeriod("2027-10-01", "2027-11-15", now);
    expect(p).toEqual({ from: new Date("2027-09-30T22:00:00Z"), until: new Date("2027-11-15T23:00:00Z") });
    if ("error" in p) throw new Error(p.error);
    expect(lastValidDay(p.until)).toBe("2027-11-15");
  });
  it("a period ending on the spring-forward day (23 hours) ends at the next Danish midnight", () => {
    const p = consentPeriod(undefined, "2027-03-28", now);
    expect(p).toMatchObject({ until: new Date("2027-03-28T22:00:00Z") });
  });
});

describe("last valid day", () => {
  it("is the day before the stored exclusive end, in Danish time", () => {
    expect(lastValidDay(new Date("2027-06-30T22:00:00Z"))).toBe("2027-06-30");
    expect(lastValidDay(new Date("2027-01-15T23:00:00Z"))).toBe("2027-01-15");
  });
  it("for a default one-year consent ending mid-day, is that day", () => {
    expect(lastValidDay(new Date("2027-11-23T10:00:00Z"))).toBe("2027-11-23");
  });
});
