import { describe, expect, it } from "vitest";
import { copenhagenTime as cph } from "@/lib/domain/calendar";
import {
  allRules,
  computeDeadlines,
  deadlineStatus,
  deadlineStatusLabel,
  getRule,
  isMetLate,
  timeLeftLabel,
  type CaseEvent,
  type DeadlineContext,
} from "@/lib/domain/deadlines";

const HOUR = 3600 * 1000;
const MINUTE = 60 * 1000;

function only(event: CaseEvent, ctx?: DeadlineContext) {
  const deadlines = computeDeadlines(event, ctx);
  expect(deadlines).toHaveLength(1);
  return deadlines[0]!;
}

describe("rule table", () => {
  it("has stable kebab-case ids and the exact legal references", () => {
    expect(Object.fromEntries(allRules.map((r) => [r.id, r.legalReference]))).toEqual({
      "underretning-24t": "Barnets Lov § 136",
      "kvittering-6-hverdage": "Barnets Lov § 136",
      "bfu-4-maaneder": "Barnets Lov § 20, stk. 3",
      "barnets-plan-3-maaneder": "Barnets Lov § 91",
      "foerste-opfoelgning": "Barnets Lov § 95",
      "stofbehandling-14-dage": "SEL § 101, stk. 4",
      "alkoholbehandling-14-dage": "Sundhedsloven § 141",
      "laegelig-stofbehandling-14-dage": "Sundhedsloven § 142",
      "anbringelse-ufoedt-tidligst": "Barnets Lov § 49",
      "aktindsigt-7-hverdage": "Forvaltningsloven § 16",
      "familieambulatorie-kontakt": "Samarbejdsaftale om sårbare gravide (Region Syddanmark)",
      "samtykke-udloeber-30-dage": "Samtykke udløber",
      "foedsel-underret-sundhedspleje": "Intern arbejdsgang ved fødsel",
      "foedsel-udskrivningsmoede": "Intern arbejdsgang ved fødsel",
      "sul-43-orientering": "Sundhedsloven § 43, stk. 4",
      terminsmoede: "Samarbejdsaftale (ikke lovkrav)",
      "plan-foer-termin": "Samarbejdsaftale (ikke lovkrav)",
    });
    for (const rule of allRules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(rule.label.length).toBeGreaterThan(0);
    }
  });

  it("getRule finds by id and carries the old SEL reference", () => {
    expect(getRule("underretning-24t")?.previousReference).toBe("SEL § 155, stk. 2");
    expect(getRule("kvittering-6-hverdage")?.previousReference).toBe("SEL § 155 b, stk. 1");
    expect(getRule("anbringelse-ufoedt-tidligst")?.kind).toBe("EARLIEST");
    expect(getRule("does-not-exist")).toBeUndefined();
  });
});

describe("underretning (CONCERN_REPORT_RECEIVED)", () => {
  const receivedAt = cph(2026, 11, 5, 14); // Thursday

  it("named reporter: assessment within 24 hours and kvittering within 6 working days", () => {
    const deadlines = computeDeadlines({ trigger: "CONCERN_REPORT_RECEIVED", receivedAt, reporterNamed: true });
    expect(deadlines).toEqual([
      {
        ruleId: "underretning-24t",
        label: "Vurdering af underretning inden 24 timer",
        legalReference: "Barnets Lov § 136",
        previousReference: "SEL § 155, stk. 2",
        kind: "DUE",
        owner: "KOMMUNE_FAMILIE",
        dueAt: cph(2026, 11, 6, 14),
      },
      {
        ruleId: "kvittering-6-hverdage",
        label: "Kvittering til underretter",
        legalReference: "Barnets Lov § 136",
        previousReference: "SEL § 155 b, stk. 1",
        kind: "DUE",
        owner: "KOMMUNE_FAMILIE",
        dueAt: cph(2026, 11, 13, 14),
      },
    ]);
  });

  it("anonymous reporter: no kvittering deadline", () => {
    const d = only({ trigger: "CONCERN_REPORT_RECEIVED", receivedAt, reporterNamed: false });
    expect(d.ruleId).toBe("underretning-24t");
    expect(
      getRule("kvittering-6-hverdage")!.compute(
        { trigger: "CONCERN_REPORT_RECEIVED", receivedAt, reporterNamed: false },
        {},
      ),
    ).toBeNull();
  });

  it("passes the organisation's calendar to working-day rules", () => {
    const event: CaseEvent = {
      trigger: "CONCERN_REPORT_RECEIVED",
      receivedAt: cph(2026, 12, 22, 10),
      reporterNamed: true,
    };
    const kvittering = (ctx: DeadlineContext) =>
      computeDeadlines(event, ctx).find((d) => d.ruleId === "kvittering-6-hverdage")!.dueAt;
    expect(kvittering({})).toEqual(cph(2026, 12, 31, 10));
    expect(kvittering({ calendar: { juleaftensdag: true, nytaarsaftensdag: true } })).toEqual(cph(2027, 1, 5, 10));
  });
});

describe("children's rules (Barnets Lov)", () => {
  it("BFU finished within 4 months of awareness, from either event", () => {
    const awareAt = cph(2026, 2, 10, 9);
    for (const trigger of ["BFU_DECIDED", "KOMMUNE_AWARE"] as const) {
      const d = only({ trigger, awareAt });
      expect(d).toMatchObject({ ruleId: "bfu-4-maaneder", legalReference: "Barnets Lov § 20, stk. 3" });
      expect(d.dueAt).toEqual(cph(2026, 6, 10, 9));
    }
  });

  it("barnets plan within 3 months, only when a plan is needed", () => {
    const decidedAt = cph(2026, 1, 15, 11);
    const d = only({ trigger: "SUPPORT_DECIDED", decidedAt, planNeeded: true });
    expect(d).toMatchObject({ ruleId: "barnets-plan-3-maaneder", legalReference: "Barnets Lov § 91" });
    expect(d.dueAt).toEqual(cph(2026, 4, 15, 11));
    expect(computeDeadlines({ trigger: "SUPPORT_DECIDED", decidedAt, planNeeded: false })).toEqual([]);
  });

  it("first opfølgning after 3 months, or earlier when a parallel assessment finishes", () => {
    const startedAt = cph(2026, 2, 1, 10);
    const base = { trigger: "INTERVENTION_STARTED", startedAt } as const;
    const d = only(base);
    expect(d).toMatchObject({ ruleId: "foerste-opfoelgning", legalReference: "Barnets Lov § 95" });
    expect(d.dueAt).toEqual(cph(2026, 5, 1, 10));
    expect(only({ ...base, parallelAssessmentFinishedAt: cph(2026, 3, 10, 12) }).dueAt).toEqual(cph(2026, 3, 10, 12));
    expect(only({ ...base, parallelAssessmentFinishedAt: cph(2026, 6, 1, 12) }).dueAt).toEqual(cph(2026, 5, 1, 10));
    // Finished before the indsats started: not parallel, so ignored.
    expect(only({ ...base, parallelAssessmentFinishedAt: cph(2026, 1, 20, 12) }).dueAt).toEqual(cph(2026, 5, 1, 10));
  });

  it("unborn child: earliest placement decision is termin minus 3 months", () => {
    const [d] = computeDeadlines({ trigger: "TERMIN_SET", termin: cph(2026, 9, 20, 0), setAt: cph(2026, 3, 1, 9) }).filter((x) => x.owner === "KOMMUNE_FAMILIE");
    expect(d).toMatchObject({
      ruleId: "anbringelse-ufoedt-tidligst",
      kind: "EARLIEST",
      legalReference: "Barnets Lov § 49",
    });
    expect(d!.dueAt).toEqual(cph(2026, 6, 20, 0));
  });
});

describe("terminsmøde (TERMIN_SET, samarbejdsaftale)", () => {
  const terminsmoede = (termin: Date, ctx?: DeadlineContext) =>
    computeDeadlines({ trigger: "TERMIN_SET", termin, setAt: cph(2026, 3, 1, 9) }, ctx).find((d) => d.ruleId === "terminsmoede");

  it("is due termin minus 10 weeks by default, owned by the familieambulatorium, in category MOEDER", () => {
    const d = terminsmoede(cph(2026, 9, 20, 0));
    expect(d).toMatchObject({ kind: "DUE", owner: "FAMILIEAMBULATORIUM", category: "MOEDER", legalReference: "Samarbejdsaftale (ikke lovkrav)" });
    expect(d!.dueAt).toEqual(cph(2026, 7, 12, 0));
    expect(getRule("terminsmoede")?.metBy).toBe("Terminsmødet er holdt");
  });

  it("takes the weeks from the organisation's agreement, in calendar days across DST", () => {
    // Termin 10 June: 10 weeks back crosses the March change, the wall clock stays.
    expect(terminsmoede(cph(2026, 6, 10, 1))!.dueAt).toEqual(cph(2026, 4, 1, 1));
    expect(terminsmoede(cph(2027, 1, 5, 1))!.dueAt).toEqual(cph(2026, 10, 27, 1));
    expect(terminsmoede(cph(2026, 9, 20, 0), { orgSettings: { terminMeetingWeeks: 8 } })!.dueAt).toEqual(cph(2026, 7, 26, 0));
    expect(() => computeDeadlines({ trigger: "TERMIN_SET", termin: cph(2026, 9, 20, 0) }, { orgSettings: { terminMeetingWeeks: -2 } })).toThrow(RangeError);
  });
});

describe("treatment within 14 days (TREATMENT_REQUESTED)", () => {
  const requestedAt = cph(2026, 3, 16, 11); // 14 days later is after the DST change
  it.each([
    ["STOF", "stofbehandling-14-dage", "SEL § 101, stk. 4"],
    ["ALKOHOL", "alkoholbehandling-14-dage", "Sundhedsloven § 141"],
    ["LAEGELIG", "laegelig-stofbehandling-14-dage", "Sundhedsloven § 142"],
  ] as const)("%s -> %s (%s)", (kind, ruleId, legalReference) => {
    const d = only({ trigger: "TREATMENT_REQUESTED", requestedAt, kind });
    expect(d).toMatchObject({ ruleId, legalReference, kind: "DUE", owner: "KOMMUNE_VOKSEN" });
    expect(d.dueAt).toEqual(cph(2026, 3, 30, 11));
  });
});

describe("aktindsigt, family clinic and consent", () => {
  it("aktindsigt answered within 7 working days", () => {
    const d = only({ trigger: "ACCESS_REQUEST_RECEIVED", receivedAt: cph(2027, 3, 24, 10) });
    expect(d).toMatchObject({ ruleId: "aktindsigt-7-hverdage", legalReference: "Forvaltningsloven § 16" });
    expect(d.dueAt).toEqual(cph(2027, 4, 7, 10));
  });

  it("family clinic contacts the woman within N days (default 7, org setting overrides)", () => {
    const event: CaseEvent = { trigger: "REFERRAL_TO_FAMILY_CLINIC", referredAt: cph(2026, 3, 2, 13) };
    const d = only(event);
    expect(d).toMatchObject({
      ruleId: "familieambulatorie-kontakt",
      legalReference: "Samarbejdsaftale om sårbare gravide (Region Syddanmark)",
      owner: "FAMILIEAMBULATORIUM",
    });
    expect(d.dueAt).toEqual(cph(2026, 3, 9, 13));
    expect(only(event, { orgSettings: { familyClinicContactDays: 10 } }).dueAt).toEqual(cph(2026, 3, 12, 13));
    expect(() => computeDeadlines(event, { orgSettings: { familyClinicContactDays: -1 } })).toThrow(RangeError);
    expect(() => computeDeadlines(event, { orgSettings: { familyClinicContactDays: 2.5 } })).toThrow(RangeError);
  });

  it("consent expiry reminder 30 days before valid-until", () => {
    const d = only({ trigger: "CONSENT_GIVEN", validUntil: cph(2026, 12, 1, 0), givenAt: cph(2026, 6, 1, 9) });
    expect(d).toMatchObject({ ruleId: "samtykke-udloeber-30-dage", legalReference: "Samtykke udløber" });
    expect(d.dueAt).toEqual(cph(2026, 11, 1, 0));
  });

  it("birth tasks: 1 and 2 working days after registration, over weekends and holidays", () => {
    // Friday 18 December 2026, 11:00: Monday and Tuesday. Before Christmas: 23rd, then 28th (24th closed by setting).
    const friday = computeDeadlines({ trigger: "BIRTH_REGISTERED", registeredAt: cph(2026, 12, 18, 11) });
    expect(friday.map((d) => [d.ruleId, d.dueAt])).toEqual([
      ["foedsel-underret-sundhedspleje", cph(2026, 12, 21, 11)],
      ["foedsel-udskrivningsmoede", cph(2026, 12, 22, 11)],
    ]);
    const christmas = computeDeadlines(
      { trigger: "BIRTH_REGISTERED", registeredAt: cph(2026, 12, 22, 9) },
      { calendar: { juleaftensdag: true } },
    );
    expect(christmas.map((d) => d.dueAt)).toEqual([cph(2026, 12, 23, 9), cph(2026, 12, 28, 9)]);
  });

  it("SUL § 43, stk. 2 sharing: the patient is told within 7 calendar days; other bases start no task", () => {
    const recordedAt = cph(2026, 3, 6, 15); // Friday
    expect(only({ trigger: "STATUTORY_BASIS_RECORDED", recordedAt, code: "SUL_43_2" })).toMatchObject({
      ruleId: "sul-43-orientering", legalReference: "Sundhedsloven § 43, stk. 4", dueAt: cph(2026, 3, 13, 15),
    });
    expect(computeDeadlines({ trigger: "STATUTORY_BASIS_RECORDED", recordedAt, code: "BL_133" })).toEqual([]);
  });
});

describe("rule validity period", () => {
  it("an event before validFrom yields no deadline from that rule", () => {
    const event = { trigger: "CONCERN_REPORT_RECEIVED", reporterNamed: true } as const;
    expect(computeDeadlines({ ...event, receivedAt: cph(2023, 12, 15, 10) })).toEqual([]);
    // Midnight in Copenhagen on 1 Jan 2024 is still 31 Dec in UTC: in force.
    expect(computeDeadlines({ ...event, receivedAt: cph(2024, 1, 1, 0) })).toHaveLength(2);
    expect(computeDeadlines({ ...event, receivedAt: cph(2023, 12, 31, 23, 59) })).toEqual([]);
  });

  it("SEL § 101, stk. 4 applies from 2020 while Sundhedsloven § 141 is older", () => {
    const requestedAt = cph(2019, 6, 3, 10);
    expect(computeDeadlines({ trigger: "TREATMENT_REQUESTED", requestedAt, kind: "STOF" })).toEqual([]);
    expect(only({ trigger: "TREATMENT_REQUESTED", requestedAt, kind: "ALKOHOL" }).ruleId).toBe(
      "alkoholbehandling-14-dage",
    );
  });

  it("uses ctx.at when the event has no timestamp of its own", () => {
    const event: CaseEvent = { trigger: "TERMIN_SET", termin: cph(2024, 2, 20, 0) };
    const ids = (at: Date) => computeDeadlines(event, { at }).map((d) => d.ruleId);
    // Barnets Lov § 49 is in force from 2024; the Syddanmark agreement's terminsmøde from 2023.
    expect(ids(cph(2022, 10, 1, 9))).toEqual([]);
    expect(ids(cph(2023, 10, 1, 9))).toEqual(["terminsmoede"]);
    expect(ids(cph(2024, 1, 2, 9)).sort()).toEqual(["anbringelse-ufoedt-tidligst", "terminsmoede"]);
  });
});

describe("deadlineStatus (DUE_SOON = at most 1 working day left)", () => {
  const due = cph(2026, 11, 9, 10); // Monday 10:00

  it("MET once met, even if late", () => {
    expect(deadlineStatus(due, cph(2026, 11, 10, 9), cph(2026, 11, 12, 9))).toBe("MET");
    expect(isMetLate(due, cph(2026, 11, 10, 9))).toBe(true);
    expect(isMetLate(due, cph(2026, 11, 9, 9))).toBe(false);
  });

  it("OVERDUE after the due instant, DUE_SOON at it", () => {
    expect(deadlineStatus(due, null, cph(2026, 11, 9, 10, 1))).toBe("OVERDUE");
    expect(deadlineStatus(due, undefined, due)).toBe("DUE_SOON");
  });

  it("Friday afternoon with a Monday deadline is DUE_SOON; two working days is OPEN", () => {
    expect(deadlineStatus(due, null, cph(2026, 11, 6, 15))).toBe("DUE_SOON");
    expect(deadlineStatus(due, null, cph(2026, 11, 5, 15))).toBe("OPEN");
    expect(deadlineStatus(cph(2026, 11, 11, 16), null, cph(2026, 11, 10, 9))).toBe("DUE_SOON");
  });

  it("follows the organisation's calendar", () => {
    const dueAfterXmas = cph(2026, 12, 28, 10);
    expect(deadlineStatus(dueAfterXmas, null, cph(2026, 12, 23, 10))).toBe("OPEN");
    expect(deadlineStatus(dueAfterXmas, null, cph(2026, 12, 23, 10), { juleaftensdag: true })).toBe("DUE_SOON");
  });

  it("has Danish text labels so status never relies on colour alone", () => {
    expect(deadlineStatusLabel("MET")).toBe("Overholdt");
    expect(deadlineStatusLabel("OVERDUE")).toBe("Overskredet");
    expect(deadlineStatusLabel("DUE_SOON")).toBe("Snart");
    expect(deadlineStatusLabel("OPEN")).toBe("Åben");
  });
});

describe("timeLeftLabel", () => {
  const now = cph(2026, 11, 9, 10); // Monday 10:00
  const at = (ms: number) => new Date(now.getTime() + ms);

  it("shows minutes and hours under a day", () => {
    expect(timeLeftLabel(at(2 * HOUR), now)).toBe("2 timer tilbage");
    expect(timeLeftLabel(at(HOUR + 59 * MINUTE), now)).toBe("1 time tilbage");
    expect(timeLeftLabel(at(45 * MINUTE), now)).toBe("45 minutter tilbage");
    expect(timeLeftLabel(at(MINUTE), now)).toBe("1 minut tilbage");
  });

  it("shows working days from 24 hours", () => {
    expect(timeLeftLabel(cph(2026, 11, 12, 10), now)).toBe("3 hverdage tilbage");
    expect(timeLeftLabel(cph(2026, 11, 10, 12), now)).toBe("1 hverdag tilbage");
  });

  it("falls back to calendar days when no working day is left", () => {
    // Friday 09:00 to Sunday 10:00.
    expect(timeLeftLabel(cph(2026, 11, 8, 10), cph(2026, 11, 6, 9))).toBe("2 dage tilbage");
  });

  it("says how much a deadline is overdue", () => {
    expect(timeLeftLabel(at(-5 * HOUR), now)).toBe("Overskredet med 5 timer");
    expect(timeLeftLabel(at(-HOUR), now)).toBe("Overskredet med 1 time");
    expect(timeLeftLabel(at(-30 * MINUTE), now)).toBe("Overskredet med 30 minutter");
    expect(timeLeftLabel(at(-25 * HOUR), now)).toBe("Overskredet med 1 dag");
    expect(timeLeftLabel(at(-3 * 24 * HOUR), now)).toBe("Overskredet med 3 dage");
  });
});
