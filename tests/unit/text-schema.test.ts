import { describe, expect, it } from "vitest";
import { CONTROL_CHARACTER_MESSAGE, isCleanText, text } from "@/lib/validation/text";
import { addNoteSchema, caseListParamsSchema } from "@/lib/cases/schemas";

describe("the shared text schema (ADR 0031)", () => {
  it("keeps text, tabs and line breaks, Danish letters and emoji", () => {
    for (const ok of ["Anna", "Linje 1\nLinje 2\r\n\tindrykket", "Æble Øre Åse", "😀 ✓", "' OR 1=1 --", "<b>fed</b>"]) expect(isCleanText(ok), ok).toBe(true);
  });

  it("refuses NUL, other control characters and lone surrogates with a Danish message", () => {
    for (const bad of ["Anna\u0000", "\u0007", "a\u001bb", "\u007f", "\u0085", "\uD800", "x\uDC00y"]) {
      const result = text().safeParse(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(CONTROL_CHARACTER_MESSAGE);
    }
  });

  it("a form field shows the message; a URL parameter with a NUL is ignored", () => {
    const note = addNoteSchema.safeParse({ caseId: crypto.randomUUID(), category: "SOCIALE_FORHOLD", text: "Notat\u0000" });
    expect(note.error?.issues.map((i) => i.message)).toContain(CONTROL_CHARACTER_MESSAGE);
    expect(caseListParamsSchema.parse({ q: "Anna\u0000" }).q).toBeUndefined();
    expect(caseListParamsSchema.parse({ q: "Anna" }).q).toBe("Anna");
  });
});

describe("isIsoDay", () => {
  it("accepts real days and refuses what the pattern alone let through", async () => {
    const { isIsoDay } = await import("@/lib/validation/iso-day");
    for (const ok of ["2026-12-06", "2024-02-29", "1900-01-01"]) expect(isIsoDay(ok), ok).toBe(true);
    for (const bad of ["2026-13-01", "2026-02-30", "2025-02-29", "0000-01-01", "9999-12-31", "2026-1-01", "2026-12-06T10:00", ""]) expect(isIsoDay(bad), bad).toBe(false);
  });
});
