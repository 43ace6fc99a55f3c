import { describe, expect, it } from "vitest";
import {
  STAGES,
  STAGE_DESCRIPTIONS,
  STAGE_LABELS,
  allowedTransitions,
  canTransition,
  validateTransition,
  type Stage,
} from "@/lib/domain/stages";
import { stageTransitionSchema } from "@/lib/cases/schemas";
import { CATEGORIES, categoryLabel } from "@/lib/domain/categories";
import { categorySchema } from "@/lib/validation/enum-schemas";

// The full allowed matrix, written out by hand so a rule change must touch it.
const ALLOWED: Record<Stage, Stage[]> = {
  OPSPORING: ["UDREDNING", "AFSLUTTET"],
  UDREDNING: ["OPSPORING", "INDSATS", "AFSLUTTET"],
  INDSATS: ["UDREDNING", "OPFOELGNING", "AFSLUTTET"],
  OPFOELGNING: ["INDSATS", "AFSLUTTET"],
  AFSLUTTET: ["OPSPORING"],
};

const ALL_PAIRS = STAGES.flatMap((from) => STAGES.map((to) => [from, to] as const));
const REASON = "Ny bekymring fra jordemoder";

describe("STAGES", () => {
  it("is ordered and labelled in Danish", () => {
    expect(STAGES).toEqual(["OPSPORING", "UDREDNING", "INDSATS", "OPFOELGNING", "AFSLUTTET"]);
    expect(STAGES.map((s) => STAGE_LABELS[s])).toEqual([
      "Opsporing",
      "Udredning",
      "Indsats",
      "Opfølgning",
      "Afsluttet",
    ]);
    for (const s of STAGES) expect(STAGE_DESCRIPTIONS[s].length).toBeGreaterThan(10);
  });
});

describe("transitions", () => {
  it.each(ALL_PAIRS)("%s -> %s", (from, to) => {
    const allowed = ALLOWED[from].includes(to);
    expect(canTransition(from, to)).toBe(allowed);

    const result = validateTransition(from, to, REASON);
    if (allowed) expect(result).toEqual({ ok: true });
    else expect(result).toMatchObject({ ok: false, code: from === to ? "SAME_STAGE" : "NOT_ALLOWED" });
  });

  it.each(STAGES)("allowedTransitions(%s) lists exactly the allowed targets in order", (from) => {
    expect(allowedTransitions(from)).toEqual(STAGES.filter((to) => ALLOWED[from].includes(to)));
  });

  it("refuses skipping forward and reopening anywhere but Opsporing", () => {
    expect(canTransition("OPSPORING", "INDSATS")).toBe(false);
    expect(canTransition("OPSPORING", "OPFOELGNING")).toBe(false);
    expect(canTransition("UDREDNING", "OPFOELGNING")).toBe(false);
    expect(canTransition("AFSLUTTET", "OPFOELGNING")).toBe(false);
  });

  it("gives Danish messages naming the stages", () => {
    expect(validateTransition("OPSPORING", "INDSATS", REASON)).toEqual({
      ok: false,
      code: "NOT_ALLOWED",
      message: "Forløbet kan ikke skifte fra Opsporing til Indsats.",
    });
    expect(validateTransition("INDSATS", "INDSATS", REASON)).toEqual({
      ok: false,
      code: "SAME_STAGE",
      message: "Forløbet er allerede i fasen Indsats.",
    });
  });
});

describe("reason rule", () => {
  it.each([undefined, null, "", "    ", "abcd", "  abcd  ", "a b c d", "ab\ncd"])(
    "rejects %j",
    (reason) => {
      expect(validateTransition("UDREDNING", "INDSATS", reason)).toEqual({
        ok: false,
        code: "REASON_REQUIRED",
        message: "Skriv en begrundelse (mindst 5 tegn)",
      });
    },
  );

  it.each(["abcde", "  abcde  ", "a b c d e"])("accepts %j", (reason) => {
    expect(validateTransition("UDREDNING", "INDSATS", reason)).toEqual({ ok: true });
  });

  it("reports a forbidden transition before a missing reason", () => {
    expect(validateTransition("OPSPORING", "INDSATS", "")).toMatchObject({ code: "NOT_ALLOWED" });
    expect(validateTransition("OPSPORING", "OPSPORING", "")).toMatchObject({ code: "SAME_STAGE" });
  });
});

describe("stageTransitionSchema", () => {
  const caseId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

  it("trims the reason and accepts a valid input", () => {
    expect(stageTransitionSchema.parse({ caseId, to: "INDSATS", reason: "  abcde " })).toEqual({
      caseId,
      to: "INDSATS",
      reason: "abcde",
    });
  });

  it.each(["abcd", "   abcd   ", "a b c d"])("rejects reason %j with one Danish message", (reason) => {
    const r = stageTransitionSchema.safeParse({ caseId, to: "INDSATS", reason });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["reason", "Skriv en begrundelse (mindst 5 tegn)"],
    ]);
  });

  it("rejects a non-uuid caseId and an unknown stage", () => {
    const r = stageTransitionSchema.safeParse({ caseId: "42", to: "LUKKET", reason: "abcde" });
    expect(r.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["caseId", "to"]);
  });
});

// categories.ts is pure data; a smoke test here guards the labels the UI relies on.
describe("categories", () => {
  it("lists the consent categories in order with Danish labels", () => {
    expect(CATEGORIES.map(categoryLabel)).toEqual([
      "Stamdata",
      "Sociale forhold",
      "Helbred",
      "Rusmiddelforbrug",
      "Planer",
      "Møder",
      "Underretninger",
    ]);
    expect(categorySchema.safeParse("HELBRED").success).toBe(true);
    expect(categorySchema.safeParse("OEKONOMI").success).toBe(false);
  });
});
