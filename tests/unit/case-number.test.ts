import { describe, expect, it } from "vitest";
import { formatCaseNumber, parseCaseNumber } from "@/lib/cases/case-number";

describe("sagsnummer", () => {
  it("is shown with its prefix and six digits", () => {
    expect(formatCaseNumber(123)).toBe("SF-000123");
    expect(formatCaseNumber(1234567)).toBe("SF-1234567");
  });

  it("is found however it is typed, and a name is not a sagsnummer", () => {
    for (const typed of ["SF-000123", "sf-123", "SF123", "123", " 000123 "]) expect(parseCaseNumber(typed)).toBe(123);
    for (const typed of ["Mette", "SF-", "SF-0", "12a", "Mette 12", ""]) expect(parseCaseNumber(typed)).toBeNull();
  });
});
