// Handleplaner (issue 11): the plan deadlines from the rule table (3 months
// across month ends, N weeks before termin), the version diff, and goal
// status derived from intervention progress.
import { ofNewestVersion } from "@/lib/domain/plans/latest";
import { describe, expect, it } from "vitest";
import { copenhagenTime as cph } from "@/lib/domain/calendar";
import { computeDeadlines, getRule } from "@/lib/domain/deadlines";
import { DEFAULT_MEETING_AGREEMENT, meetingAgreementOf } from "@/lib/domain/meetings/agreement";
import { diffVersions, type DiffVersion } from "@/lib/domain/plans/diff";
import { deriveGoalStatus, latestProgress } from "@/lib/domain/plans/goal-status";
import { interventionCategory, mayOwnPlanKind, PLAN_KIND_INFO } from "@/lib/domain/plans/kinds";
import { orgDeadlineSettings } from "@/lib/orgs/org";

describe("barnets plan within 3 months (BL § 91) and the first follow-up (BL § 95)", () => {
  const plan = (decidedAt: Date) => computeDeadlines({ trigger: "SUPPORT_DECIDED", decidedAt, planNeeded: true }).find((d) => d.ruleId === "barnets-plan-3-maaneder")!.dueAt;
  const followUp = (startedAt: Date) => computeDeadlines({ trigger: "INTERVENTION_STARTED", startedAt })[0]!.dueAt;

  it("counts calendar months and clamps at a short month's end", () => {
    expect(plan(cph(2026, 11, 30, 10))).toEqual(cph(2027, 2, 28, 10));
    expect(plan(cph(2027, 11, 30, 10))).toEqual(cph(2028, 2, 29, 10));
    expect(plan(cph(2026, 8, 31, 9))).toEqual(cph(2026, 11, 30, 9));
    expect(plan(cph(2026, 1, 31, 9))).toEqual(cph(2026, 4, 30, 9));
    expect(followUp(cph(2026, 11, 30, 0))).toEqual(cph(2027, 2, 28, 0));
    expect(followUp(cph(2026, 12, 31, 12))).toEqual(cph(2027, 3, 31, 12));
  });
});

describe("plan ready N weeks before termin (samarbejdsaftale)", () => {
  const ready = (termin: Date | undefined, weeks?: number) =>
    computeDeadlines({ trigger: "SUPPORT_DECIDED", decidedAt: cph(2026, 3, 1, 9), planNeeded: true, termin }, weeks === undefined ? {} : { orgSettings: { planReadyWeeks: weeks } })
      .find((d) => d.ruleId === "plan-foer-termin");

  it("runs from the decision on støttende indsats on a case with a termin, not from every termin", () => {
    expect(ready(undefined)).toBeUndefined();
    expect(computeDeadlines({ trigger: "TERMIN_SET", termin: cph(2026, 9, 20, 0), setAt: cph(2026, 3, 1, 9) }).map((d) => d.ruleId)).not.toContain("plan-foer-termin");
  });

  it("is due 8 weeks before termin by default, the familieafdeling's, in PLAN, met by the approved plan", () => {
    const d = ready(cph(2026, 9, 20, 0));
    expect(d).toMatchObject({ owner: "KOMMUNE_FAMILIE", category: "PLAN", kind: "DUE" });
    expect(d!.dueAt).toEqual(cph(2026, 7, 26, 0));
    expect(getRule("plan-foer-termin")?.metBy).toBe("Planen er godkendt");
  });

  it("takes N from the organisation's samarbejdsaftale, across DST in calendar days", () => {
    expect(ready(cph(2026, 9, 20, 0), 12)!.dueAt).toEqual(cph(2026, 6, 28, 0));
    expect(ready(cph(2026, 4, 20, 1), 6)!.dueAt).toEqual(cph(2026, 3, 9, 1));
    expect(DEFAULT_MEETING_AGREEMENT.planReadyWeeksBeforeTermin).toBe(8);
    expect(orgDeadlineSettings({ meetings: { planReadyWeeksBeforeTermin: 10 } }).planReadyWeeks).toBe(10);
    expect(meetingAgreementOf({ meetings: { planReadyWeeksBeforeTermin: "otte" } }).planReadyWeeksBeforeTermin).toBe(8);
  });
});

describe("version diff", () => {
  const v1: DiffVersion = {
    purpose: "Tryg start", focusPoints: ["Mors behandling"],
    goals: [{ key: "g1", title: "Mor er stabil", targetDate: "2027-01-01", status: "IKKE_STARTET" }],
    interventions: [
      { key: "i1", title: "Substitution", track: "SUNDHED", responsibleOrgName: "Rusmiddelcentret", responsibleName: "Bo", startDate: "2026-12-01", followUpDate: "2027-01-01", frequency: "Hver uge" },
      { key: "i2", title: "Ekstra besøg", track: "SUNDHED", responsibleOrgName: "Sundhedsplejen", responsibleName: null, startDate: "2026-12-01", followUpDate: "2027-01-01", frequency: "Hver 14. dag" },
    ],
  };

  it("names goals, interventions and responsibilities added, removed and changed", () => {
    const v2: DiffVersion = {
      purpose: "Tryg start efter fødslen", focusPoints: ["Mors behandling", "Amning"],
      goals: [{ ...v1.goals[0]!, status: "I_GANG" }, { key: "g2", title: "Barnet trives", targetDate: "2027-03-01", status: "IKKE_STARTET" }],
      interventions: [{ ...v1.interventions[0]!, responsibleName: "Freja", followUpDate: "2027-02-01" }],
    };
    expect(diffVersions(v1, v2)).toEqual([
      { kind: "changed", what: "Formål", text: "Tryg start efter fødslen" },
      { kind: "added", what: "Fokuspunkt", text: "Amning" },
      { kind: "added", what: "Mål", text: "Barnet trives" },
      { kind: "changed", what: "Mål", text: "Mor er stabil: Status: IKKE_STARTET → I_GANG" },
      { kind: "removed", what: "Indsats", text: "Ekstra besøg (Sundhedsplejen)" },
      { kind: "changed", what: "Ansvar", text: "Substitution: Kontaktperson: Bo → Freja" },
      { kind: "changed", what: "Indsats", text: "Substitution: Opfølgning: 2027-01-01 → 2027-02-01" },
    ]);
  });

  it("finds nothing between equal versions", () => {
    expect(diffVersions(v1, structuredClone(v1))).toEqual([]);
  });
});

describe("goal status from intervention progress", () => {
  const on = (interventionKey: string, kind: "STARTET" | "AFHOLDT" | "PAUSET" | "AFSLUTTET", day: string) => ({ interventionKey, kind, on: day });

  it("is in progress once a serving intervention has started or been held; the owner's verdict stands", () => {
    expect(deriveGoalStatus("IKKE_STARTET", ["i1"], [])).toBe("IKKE_STARTET");
    expect(deriveGoalStatus("IKKE_STARTET", ["i1"], [on("i2", "STARTET", "2026-12-01")])).toBe("IKKE_STARTET");
    expect(deriveGoalStatus("IKKE_STARTET", ["i1"], [on("i1", "PAUSET", "2026-12-01")])).toBe("IKKE_STARTET");
    expect(deriveGoalStatus("IKKE_STARTET", ["i1", "i2"], [on("i2", "AFHOLDT", "2026-12-01")])).toBe("I_GANG");
    expect(deriveGoalStatus("I_GANG", ["i1"], [])).toBe("I_GANG");
    expect(deriveGoalStatus("NAAET", ["i1"], [on("i1", "PAUSET", "2026-12-01")])).toBe("NAAET");
    expect(deriveGoalStatus("IKKE_NAAET", ["i1"], [on("i1", "STARTET", "2026-12-01")])).toBe("IKKE_NAAET");
  });

  it("keeps the latest entry per intervention", () => {
    const latest = latestProgress([on("i1", "STARTET", "2026-12-01"), on("i1", "PAUSET", "2026-12-10"), on("i2", "AFHOLDT", "2026-12-02")]);
    expect(latest.get("i1")?.kind).toBe("PAUSET");
    expect(latest.get("i2")?.kind).toBe("AFHOLDT");
  });
});

describe("plan kinds and categories", () => {
  it("each kind has its legal reference and owner types; interventions take their track's category", () => {
    expect(PLAN_KIND_INFO.BARNETS_PLAN.legalReference).toBe("Barnets Lov §§ 91-92");
    expect(PLAN_KIND_INFO.BEHANDLINGSPLAN.legalReference).toBe("Serviceloven § 101, stk. 8");
    expect(mayOwnPlanKind("RUSMIDDELCENTER", "BEHANDLINGSPLAN")).toBe(true);
    expect(mayOwnPlanKind("KOMMUNE_FAMILIE", "BEHANDLINGSPLAN")).toBe(false);
    expect(interventionCategory("SUNDHED", "HELBRED")).toBe("HELBRED");
    expect(interventionCategory("SOCIAL", "SOCIALE_FORHOLD")).toBe("SOCIALE_FORHOLD");
    expect(interventionCategory("SUNDHED", "RUSMIDDEL")).toBe("RUSMIDDEL");
  });
});

describe("what holds after a revision", () => {
  it("keeps each plan's newest version's rows only", () => {
    const rows = [
      { planId: "a", versionNumber: 1, key: "x" }, { planId: "a", versionNumber: 2, key: "x" }, { planId: "a", versionNumber: 2, key: "y" },
      { planId: "b", versionNumber: 1, key: "z" },
    ];
    expect(ofNewestVersion(rows).map((r) => `${r.planId}${r.versionNumber}${r.key}`)).toEqual(["a2x", "a2y", "b1z"]);
    expect(ofNewestVersion([])).toEqual([]);
  });
});
