import { describe, expect, it } from "vitest";
import { characterCountText, errorSummaryHeading, flattenErrors, isNearLimit, maxLengthText, staleReportWarning } from "@/lib/forms/feedback-text";

describe("form feedback texts", () => {
  it("names one error in words and several by number", () => {
    expect(errorSummaryHeading(1)).toBe("Der er en fejl");
    expect(errorSummaryHeading(3)).toBe("Der er 3 fejl");
  });

  it("counts characters with Danish thousands separators", () => {
    expect(characterCountText(123, 10_000)).toBe("123 / 10.000 tegn");
    expect(characterCountText(10_001, 10_000)).toBe("10.001 / 10.000 tegn");
    expect(maxLengthText(10_000)).toBe("højst 10.000 tegn");
  });

  it("is near the limit from 90 %", () => {
    expect(isNearLimit(8_999, 10_000)).toBe(false);
    expect(isNearLimit(9_000, 10_000)).toBe(true);
    expect(isNearLimit(12_000, 10_000)).toBe(true);
  });
});

describe("stage form without a preselected stage", () => {
  it("refuses an empty choice with a Danish message", async () => {
    const { stageTransitionSchema } = await import("@/lib/cases/schemas");
    const result = stageTransitionSchema.safeParse({ caseId: "00000000-0000-4000-8000-000000000000", to: "", reason: "Mor er flyttet til kommunen" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === "to")?.message).toBe("Vælg en gyldig fase");
  });

  it("lists nested form errors in form order with their register names, an array's own error under the array", () => {
    const errors = {
      date: { type: "custom", message: "Vælg en dato", ref: {} },
      professionals: { root: { message: "Invitér mindst én deltager" } },
      externals: [undefined, { email: { message: "Skriv en gyldig e-mailadresse" } }],
      prompts: {},
    };
    expect(flattenErrors(errors)).toEqual([
      { name: "date", message: "Vælg en dato" },
      { name: "professionals", message: "Invitér mindst én deltager" },
      { name: "externals.1.email", message: "Skriv en gyldig e-mailadresse" },
    ]);
    expect(flattenErrors(undefined)).toEqual([]);
  });

  it("warns about a report received more than 7 Copenhagen days ago, not about one from a week ago", () => {
    const now = new Date("2026-12-04T12:00:00Z");
    expect(staleReportWarning("2026-11-26T23:30", now)).toMatch(/mere end 7 dage/);
    expect(staleReportWarning("2026-11-27T08:00", now)).toBeUndefined();
    expect(staleReportWarning("", now)).toBeUndefined();
  });
});
