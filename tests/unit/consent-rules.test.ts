import { describe, expect, it } from "vitest";
import { checkGiver, consentPeriod } from "@/lib/consents/rules";

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
  it("defaults to now until one year later", () => {
    const p = consentPeriod(undefined, undefined, now);
    expect(p).toEqual({ from: now, until: new Date("2027-11-23T10:00:00Z") });
  });
  it("runs to the end of the given day in Danish time", () => {
    const p = consentPeriod("2026-11-23", "2027-06-30", now);
    expect(p).toEqual({ from: now, until: new Date("2027-06-30T22:00:00Z") }); // CEST: midnight is 22:00 UTC
    expect(consentPeriod("2026-11-01", "2027-01-15", now)).toMatchObject({ from: new Date("2026-10-31T23:00:00Z") });
  });
  it("refuses an end before the start, or in the past", () => {
    expect(consentPeriod("2027-02-01", "2027-01-01", now)).toEqual({ error: "Gyldig til skal ligge efter gyldig fra" });
    expect(consentPeriod("2026-01-01", "2026-03-01", now)).toMatchObject({ error: expect.stringContaining("udløbet") });
  });
});
