import { describe, expect, it } from "vitest";
import { computeDeadlines, getRule, MANUAL_CASE_EVENT_IDS, MANUAL_CASE_EVENTS, manualEventsFor } from "@/lib/domain/deadlines";

describe("case events registered by hand", () => {
  it("are offered to the organisation types that own their clocks", () => {
    expect(manualEventsFor("KOMMUNE_FAMILIE")).toEqual(["SUPPORT_DECIDED", "INTERVENTION_STARTED", "ACCESS_REQUEST_RECEIVED"]);
    expect(manualEventsFor("KOMMUNE_VOKSEN")).toEqual([
      "TREATMENT_REQUESTED_STOF", "TREATMENT_REQUESTED_ALKOHOL", "TREATMENT_REQUESTED_LAEGELIG", "ACCESS_REQUEST_RECEIVED",
    ]);
    expect(manualEventsFor("FAMILIEAMBULATORIUM")).toEqual(["REFERRAL_TO_FAMILY_CLINIC", "ACCESS_REQUEST_RECEIVED"]);
    // Aktindsigt falls on every data controller.
    expect(manualEventsFor("SUNDHEDSPLEJE")).toEqual(["ACCESS_REQUEST_RECEIVED"]);
  });

  it("each start a clock with its legal reference and a way to register it met", () => {
    const at = new Date("2026-03-02T09:00:00Z");
    for (const id of MANUAL_CASE_EVENT_IDS) {
      const started = computeDeadlines(MANUAL_CASE_EVENTS[id].event(at));
      expect(started.length, id).toBeGreaterThan(0);
      for (const deadline of started) {
        expect(deadline.legalReference, id).not.toBe("");
        expect(getRule(deadline.ruleId)?.metBy, deadline.ruleId).toBeTruthy();
      }
    }
    const support = computeDeadlines(MANUAL_CASE_EVENTS.SUPPORT_DECIDED.event(at));
    expect(support.map((d) => [d.ruleId, d.legalReference, d.dueAt.toISOString()])).toEqual([
      // 10:00 in Copenhagen both days: winter time then, summer time three months later.
      ["barnets-plan-3-maaneder", "Barnets Lov § 91", "2026-06-02T08:00:00.000Z"],
    ]);
    const treatment = computeDeadlines(MANUAL_CASE_EVENTS.TREATMENT_REQUESTED_STOF.event(at));
    expect(treatment.map((d) => [d.ruleId, d.dueAt.toISOString()])).toEqual([["stofbehandling-14-dage", "2026-03-16T09:00:00.000Z"]]);
  });
});
