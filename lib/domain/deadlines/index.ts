/**
 * Statutory and agreed deadlines as data (rules.ts) plus a pure engine
 * (compute.ts) and UI helpers (status.ts, time-left.ts).
 */
export type {
  CaseEvent,
  ComputedDeadline,
  DeadlineContext,
  DeadlineKind,
  DeadlineOrgSettings,
  DeadlineOwner,
  DeadlineRule,
  DeadlineStatus,
  EventOf,
  IsoDay,
  OrgType,
  TreatmentKind,
  TriggerKind,
} from "./types";
export { DEFAULT_FAMILY_CLINIC_CONTACT_DAYS, DEFAULT_TERMIN_MEETING_WEEKS } from "./rules";
export { allRules, computeDeadlines, eventDate, getRule, isRuleInForce, ruleTriggers } from "./compute";
export { DEADLINE_STATUS_LABELS, deadlineStatus, deadlineStatusLabel, isMetLate } from "./status";
export { timeLeftLabel } from "./time-left";
export { MANUAL_CASE_EVENT_IDS, MANUAL_CASE_EVENTS, manualEventsFor, ownsClock, type ManualCaseEvent } from "./case-events";
