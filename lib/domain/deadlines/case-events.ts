import type { Category } from "@/lib/domain/categories";
import { allRules, ruleTriggers } from "./compute";
import type { CaseEvent, DeadlineOwner, OrgType } from "./types";

// The case events a professional registers by hand, each starting the clocks
// the rule table ties to it. The events that other actions already register
// (an underretning received, its outcome "børnefaglig undersøgelse", a termin
// on a new case, a birth, a consent) are not here: they start their clocks
// where they happen. Who may register an event follows from the rules: the
// organisation types that own the clocks it starts (an "EVENT_ORG" clock
// belongs to whoever registers it). The category says who else may see the
// clock: a partner with a live basis for it.

/** What the case itself adds to a registered event (the plan's clock runs towards the termin). */
export type CaseEventFacts = { termin?: Date };

export const MANUAL_CASE_EVENTS = {
  SUPPORT_DECIDED: {
    label: "Afgørelse om støttende indsats (barnets plan skal udarbejdes)",
    category: "PLAN",
    event: (at: Date, facts: CaseEventFacts = {}): CaseEvent => ({ trigger: "SUPPORT_DECIDED", decidedAt: at, planNeeded: true, termin: facts.termin }),
  },
  INTERVENTION_STARTED: {
    label: "Indsatsen er iværksat",
    category: "PLAN",
    event: (at: Date): CaseEvent => ({ trigger: "INTERVENTION_STARTED", startedAt: at }),
  },
  TREATMENT_REQUESTED_STOF: {
    label: "Anmodning om social stofmisbrugsbehandling",
    category: "RUSMIDDEL",
    event: (at: Date): CaseEvent => ({ trigger: "TREATMENT_REQUESTED", requestedAt: at, kind: "STOF" }),
  },
  TREATMENT_REQUESTED_ALKOHOL: {
    label: "Anmodning om alkoholbehandling",
    category: "RUSMIDDEL",
    event: (at: Date): CaseEvent => ({ trigger: "TREATMENT_REQUESTED", requestedAt: at, kind: "ALKOHOL" }),
  },
  TREATMENT_REQUESTED_LAEGELIG: {
    label: "Anmodning om lægelig stofmisbrugsbehandling",
    category: "RUSMIDDEL",
    event: (at: Date): CaseEvent => ({ trigger: "TREATMENT_REQUESTED", requestedAt: at, kind: "LAEGELIG" }),
  },
  REFERRAL_TO_FAMILY_CLINIC: {
    label: "Henvisning til familieambulatoriet modtaget",
    category: "HELBRED",
    event: (at: Date): CaseEvent => ({ trigger: "REFERRAL_TO_FAMILY_CLINIC", referredAt: at }),
  },
  ACCESS_REQUEST_RECEIVED: {
    label: "Anmodning om aktindsigt modtaget",
    category: "SOCIALE_FORHOLD",
    event: (at: Date): CaseEvent => ({ trigger: "ACCESS_REQUEST_RECEIVED", receivedAt: at }),
  },
} as const satisfies Record<string, { label: string; category: Category; event: (at: Date, facts?: CaseEventFacts) => CaseEvent }>;

export type ManualCaseEvent = keyof typeof MANUAL_CASE_EVENTS;
export const MANUAL_CASE_EVENT_IDS = Object.keys(MANUAL_CASE_EVENTS) as ManualCaseEvent[];

/** Whether an organisation of this type owns a clock of this rule owner. */
export function ownsClock(orgType: string, owner: DeadlineOwner): boolean {
  return owner === "EVENT_ORG" || owner === orgType;
}

/** The events an organisation of `orgType` may register: those starting at least one clock it owns. */
export function manualEventsFor(orgType: string): ManualCaseEvent[] {
  return MANUAL_CASE_EVENT_IDS.filter((id) => {
    const { trigger } = MANUAL_CASE_EVENTS[id].event(new Date());
    return allRules.some((rule) => ruleTriggers(rule).includes(trigger) && ownsClock(orgType as OrgType, rule.owner));
  });
}
