import { describe, expect, it } from "vitest";
import { CASE_RULES, caseAllows, decideCaseAction, type CaseFacts } from "@/lib/access/case-permissions";

const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({ relation: "RESPONSIBLE", kind: "GRAVID", closed: false, stamdataShared: true, ...over });

describe("case permissions", () => {
  it("needs the role's permission whatever the relation", () => {
    expect(caseAllows("JORDEMODER", facts(), "case:change-stage")).toBe(false);
    expect(caseAllows("SAGSBEHANDLER", facts(), "case:change-stage")).toBe(true);
    expect(caseAllows("ADMIN", facts(), "case:read")).toBe(false);
  });

  it("keeps the case's course with the responsible organisation", () => {
    for (const action of ["case:change-stage", "case:manage-participants", "consent:share-stamdata", "audit:read-case"] as const) {
      expect({ action, allowed: caseAllows("SAGSBEHANDLER", facts({ relation: "PARTICIPANT" }), action) }).toEqual({ action, allowed: false });
    }
    expect(caseAllows("SAGSBEHANDLER", facts({ relation: "PARTICIPANT" }), "note:create")).toBe(true);
    expect(caseAllows("SAGSBEHANDLER", facts({ relation: "INVITEE" }), "note:create")).toBe(false);
  });

  it("lets the recording organisation withdraw its own consent (:own), the responsible any (:any)", () => {
    const participant = facts({ relation: "PARTICIPANT" });
    expect(caseAllows("SAGSBEHANDLER", participant, "consent:withdraw")).toBe(false);
    expect(caseAllows("SAGSBEHANDLER", participant, "consent:withdraw", { ownedByActingOrg: false })).toBe(false);
    expect(caseAllows("SAGSBEHANDLER", participant, "consent:withdraw", { ownedByActingOrg: true })).toBe(true);
    expect(caseAllows("SAGSBEHANDLER", facts(), "consent:withdraw", { ownedByActingOrg: false })).toBe(true);
  });

  it("lets any organisation on the case record a consent it obtained, stamdata only the responsible (ADR 0025)", () => {
    for (const relation of ["RESPONSIBLE", "PARTICIPANT"] as const) {
      expect(caseAllows("JORDEMODER", facts({ relation }), "consent:record")).toBe(true);
      expect(caseAllows("SAGSBEHANDLER", facts({ relation }), "consent:record")).toBe(true);
    }
    expect(caseAllows("SAGSBEHANDLER", facts({ relation: "INVITEE" }), "consent:record")).toBe(false);
    expect(caseAllows("ADMIN", facts(), "consent:record")).toBe(false);
    expect(caseAllows("JORDEMODER", facts(), "consent:share-stamdata")).toBe(true);
    expect(caseAllows("JORDEMODER", facts({ relation: "PARTICIPANT" }), "consent:share-stamdata")).toBe(false);
  });

  it("shows the CPR only with stamdata shared", () => {
    expect(caseAllows("JORDEMODER", facts({ relation: "PARTICIPANT", stamdataShared: false }), "cpr:reveal")).toBe(false);
    expect(caseAllows("JORDEMODER", facts({ relation: "PARTICIPANT", stamdataShared: true }), "cpr:reveal")).toBe(true);
  });

  it("keeps stamdata corrections and merges with the responsible organisation's casework roles, on open cases", () => {
    for (const action of ["case:edit-stamdata", "case:merge"] as const) {
      expect(caseAllows("SAGSBEHANDLER", facts(), action)).toBe(true);
      expect(caseAllows("SAGSBEHANDLER", facts({ relation: "PARTICIPANT" }), action)).toBe(false);
      expect(caseAllows("JORDEMODER", facts(), action)).toBe(false);
      expect(decideCaseAction("LEDER", facts({ closed: true }), action)).toEqual({ allowed: false, blocked: "Sagen er afsluttet" });
    }
  });

  it("says in Danish why the case's state blocks a permitted action", () => {
    expect(decideCaseAction("SAGSBEHANDLER", facts({ kind: "BARN" }), "case:register-birth")).toEqual({ allowed: false, blocked: "Fødsel registreres på moderens sag" });
    expect(decideCaseAction("SAGSBEHANDLER", facts({ closed: true }), "case:register-birth")).toEqual({ allowed: false, blocked: "Sagen er afsluttet" });
    expect(decideCaseAction("SAGSBEHANDLER", facts({ relation: "PARTICIPANT", kind: "BARN" }), "case:register-birth")).toEqual({ allowed: false });
  });

  it("names at least one relation for every rule (on any record, or on the organisation's own)", () => {
    for (const rule of Object.values(CASE_RULES)) {
      expect(rule.any.length + ("own" in rule ? rule.own.length : 0)).toBeGreaterThan(0);
    }
  });
});
