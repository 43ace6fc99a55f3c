import { describe, expect, it } from "vitest";
import { birthExpected, gestationalAge, gestationalAgeLabel } from "@/lib/domain/pregnancy";

// Termin dates are stored as UTC midnight of the day (lib/cases/open-case.ts).
const termin = new Date("2027-03-12T00:00:00.000Z");

describe("gestational age", () => {
  it("is 40+0 on the termin day and counts whole Copenhagen days", () => {
    expect(gestationalAge(termin, new Date("2027-03-12T10:00:00Z"))).toEqual({ weeks: 40, days: 0 });
    expect(gestationalAgeLabel(termin, new Date("2026-12-03T10:00:00Z"))).toBe("uge 25+6");
    // 23:30 UTC on 3 December is already 4 December in Copenhagen.
    expect(gestationalAgeLabel(termin, new Date("2026-12-03T23:30:00Z"))).toBe("uge 26+0");
  });

  it("says nothing for a termin that cannot be right or has passed far", () => {
    expect(gestationalAge(termin, new Date("2026-06-01T10:00:00Z"))).toBeNull();
    expect(gestationalAge(termin, new Date("2027-04-20T10:00:00Z"))).toBeNull();
  });
});

describe("when a birth is expected", () => {
  it("is from 10 weeks before the termin, or always without one", () => {
    expect(birthExpected(termin, new Date("2027-01-01T10:00:00Z"))).toBe(true); // 70 days before
    expect(birthExpected(termin, new Date("2026-12-31T10:00:00Z"))).toBe(false); // 71 days before
    expect(birthExpected(termin, new Date("2027-04-01T10:00:00Z"))).toBe(true);
    expect(birthExpected(null)).toBe(true);
  });
});
