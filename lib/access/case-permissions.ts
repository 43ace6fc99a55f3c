import type { CaseKind } from "@/lib/db/types";
import { hasPermission, type Permission, type Role } from "./roles";

// What an organisation may do on ONE case: the role's permission (roles.ts)
// AND the organisation's relation to the case, sometimes also a fact about
// the case or about the record acted on. One table, read by the actions
// (scope.require) and the pages' flags (scope.can), so the two cannot drift
// (ADR 0009). Pure: unit-tested without a database.

/**
 * How the acting organisation stands to the case. INVITEE is reserved for
 * an organisation invited to a meeting on the case without taking part in it.
 */
export type CaseRelation = "RESPONSIBLE" | "PARTICIPANT" | "INVITEE";

/** The facts about the case that some rules depend on. */
export type CaseFacts = {
  relation: CaseRelation; kind: CaseKind; closed: boolean; stamdataShared: boolean;
  /** The acting organisation is the case's tovholder organisation. */
  coordinator?: boolean;
};

type Rule = {
  /** The role permission the action needs (fail closed: no permission, no action). */
  permission: Permission;
  /** Relations allowed to act on any record of the case. */
  any: readonly CaseRelation[];
  /**
   * Relations allowed to act on records their own organisation owns (the
   * `:own` half of epic-stack's `:own/:any` permissions). Needs the record.
   */
  own?: readonly CaseRelation[];
  /** A further condition for the organisation on this case (else forbidden). */
  when?: (facts: CaseFacts) => boolean;
  /** The case's state may not allow the action now: the Danish reason, shown as a validation error. */
  blockedBy?: (facts: CaseFacts) => string | null;
};

const ON_CASE: readonly CaseRelation[] = ["RESPONSIBLE", "PARTICIPANT"];
const RESPONSIBLE: readonly CaseRelation[] = ["RESPONSIBLE"];

export const CASE_RULES = {
  "case:read": { permission: "case:read", any: ON_CASE },
  // Participants see the case but do not decide its course.
  "case:change-stage": { permission: "case:change-stage", any: RESPONSIBLE },
  "case:register-birth": {
    permission: "case:create", any: RESPONSIBLE,
    blockedBy: (f) => (f.kind !== "GRAVID" ? "Fødsel registreres på moderens sag" : f.closed ? "Sagen er afsluttet" : null),
  },
  "case:manage-participants": { permission: "case:manage-participants", any: RESPONSIBLE },
  // The responsible organisation names its own caseworker on the case.
  "case:assign-caseworker": { permission: "case:change-stage", any: RESPONSIBLE },
  // Stamdata are the responsible organisation's (ADR 0006): it adds or
  // corrects the CPR, the name and the termin, and merges two of its cases
  // of one citizen (ADR 0017). A closed (or merged-away) case is history.
  "case:edit-stamdata": { permission: "case:change-stage", any: RESPONSIBLE, blockedBy: (f) => (f.closed ? "Sagen er afsluttet" : null) },
  "case:merge": { permission: "case:change-stage", any: RESPONSIBLE, blockedBy: (f) => (f.closed ? "Sagen er afsluttet" : null) },
  // Each organisation names its own people (issue 9 item 2): a participant
  // its contact person, the tovholder organisation the tovholder in person.
  "case:name-own-contact": { permission: "note:create", any: ["PARTICIPANT"], blockedBy: (f) => (f.closed ? "Sagen er afsluttet" : null) },
  "case:name-tovholder": {
    permission: "note:create", any: ON_CASE, when: (f) => !!f.coordinator, blockedBy: (f) => (f.closed ? "Sagen er afsluttet" : null),
  },
  "note:create": { permission: "note:create", any: ON_CASE },
  // Correct or annul a note: its author organisation only (the data controller).
  "note:amend": { permission: "note:create", any: [], own: ON_CASE },
  // Every organisation on the case keeps its own clocks (the record is its own).
  "deadline:manage": { permission: "deadline:manage", any: ON_CASE },
  // The CPR is stamdata: a participant needs a live STAMDATA basis (ADR 0006).
  "cpr:reveal": { permission: "cpr:reveal", any: ON_CASE, when: (f) => f.stamdataShared },
  "audit:read-case": { permission: "audit:read-case", any: RESPONSIBLE },
  // The organisation that obtained a consent records it (ADR 0025): the
  // convener at the meeting, the familieambulatorium with form 4.0. Stamdata
  // stay the responsible organisation's to share (consent:share-stamdata).
  // The recording organisation may withdraw what it recorded.
  "consent:record": { permission: "consent:manage", any: ON_CASE },
  "consent:share-stamdata": { permission: "consent:manage", any: RESPONSIBLE },
  "consent:withdraw": { permission: "consent:manage", any: RESPONSIBLE, own: ON_CASE },
  // Any organisation on the case may convene (the jordemoder at the
  // familieambulatorium typically does); the convener alone moves, cancels
  // and writes the referat of its meetings (ADR 0024).
  "meeting:convene": {
    permission: "meeting:convene", any: ON_CASE, blockedBy: (f) => (f.closed ? "Sagen er afsluttet" : null),
  },
  "meeting:manage": { permission: "meeting:convene", any: [], own: ON_CASE },
  // The data holder decides (sundhedsloven § 43, stk. 3): anyone on the case.
  "sharing:record-statutory": { permission: "sharing:record-statutory", any: ON_CASE },
  // The whole network's sharing and disclosure log; others see what concerns them.
  "sharing:read-all": { permission: "case:read", any: RESPONSIBLE },
} as const satisfies Record<string, Rule>;

export type CaseAction = keyof typeof CASE_RULES;

/** A record acted on, by the organisation that owns it (author, recorder). */
export type OwnedRecord = { ownedByActingOrg: boolean };

export type CaseDecision = { allowed: true } | { allowed: false; blocked?: string };

/** THE case rule: may `role`, with these facts, do `action` (on `record`)? */
export function decideCaseAction(role: Role, facts: CaseFacts, action: CaseAction, record?: OwnedRecord): CaseDecision {
  const rule: Rule = CASE_RULES[action];
  const permitted = hasPermission(role, rule.permission)
    && (!rule.when || rule.when(facts))
    && (rule.any.includes(facts.relation) || (!!record?.ownedByActingOrg && !!rule.own?.includes(facts.relation)));
  if (!permitted) return { allowed: false };
  const blocked = rule.blockedBy?.(facts);
  return blocked ? { allowed: false, blocked } : { allowed: true };
}

export function caseAllows(role: Role, facts: CaseFacts, action: CaseAction, record?: OwnedRecord): boolean {
  return decideCaseAction(role, facts, action, record).allowed;
}
