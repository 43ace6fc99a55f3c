import type { CalendarOptions } from "@/lib/domain/calendar";
import type { Category } from "@/lib/domain/categories";

/**
 * Case events that start a statutory (or agreed) deadline. Each event carries
 * the instant the clock starts from; the rule table decides what follows.
 */
export type TreatmentKind = "STOF" | "ALKOHOL" | "LAEGELIG";

export type CaseEvent =
  | { trigger: "CONCERN_REPORT_RECEIVED"; receivedAt: Date; reporterNamed: boolean }
  /** A BFU was decided; the 4-month clock still runs from awareness. */
  | { trigger: "BFU_DECIDED"; awareAt: Date }
  /** The kommune became aware of a possible need for support. */
  | { trigger: "KOMMUNE_AWARE"; awareAt: Date }
  /** `termin`: the case's, when it has one (the plan must be ready N weeks before it). */
  | { trigger: "SUPPORT_DECIDED"; decidedAt: Date; planNeeded: boolean; termin?: Date }
  | { trigger: "INTERVENTION_STARTED"; startedAt: Date; parallelAssessmentFinishedAt?: Date }
  | { trigger: "TREATMENT_REQUESTED"; requestedAt: Date; kind: TreatmentKind }
  /** `setAt` (when the termin was registered) decides which rule version applies. */
  | { trigger: "TERMIN_SET"; termin: Date; setAt?: Date }
  /** A request for aktindsigt (access to the case file). */
  | { trigger: "ACCESS_REQUEST_RECEIVED"; receivedAt: Date }
  | { trigger: "REFERRAL_TO_FAMILY_CLINIC"; referredAt: Date }
  | { trigger: "CONSENT_GIVEN"; validUntil: Date; givenAt?: Date }
  /** A birth was registered in the app (the child's case exists from now). */
  | { trigger: "BIRTH_REGISTERED"; registeredAt: Date }
  /** Information was shared under a statutory basis (lib/access/statutory-bases.ts). */
  | { trigger: "STATUTORY_BASIS_RECORDED"; recordedAt: Date; code: string };

export type TriggerKind = CaseEvent["trigger"];

export type EventOf<T extends TriggerKind> = Extract<CaseEvent, { trigger: T }>;

/**
 * Mirrors the Prisma enum OrgType (kept as a literal union so this module
 * stays free of the generated client). "EVENT_ORG" means "whichever
 * organisation received the request or holds the consent": aktindsigt and
 * consent duties fall on every data controller, not on one org type.
 */
export type OrgType =
  | "KOMMUNE_FAMILIE"
  | "KOMMUNE_VOKSEN"
  | "JOBCENTER"
  | "SUNDHEDSPLEJE"
  | "FAMILIEAMBULATORIUM"
  | "FOEDESTED"
  | "PSYKIATRI"
  | "RUSMIDDELCENTER";

export type DeadlineOwner = OrgType | "EVENT_ORG";

/** DUE: must happen by the date. EARLIEST: may not happen before the date. */
export type DeadlineKind = "DUE" | "EARLIEST";

/** Per-organisation settings that change deadlines (Organization.settings). */
export type DeadlineOrgSettings = {
  /** Days from referral until the familieambulatorium contacts the woman. Default 7. */
  familyClinicContactDays?: number;
  /** Weeks before termin for the terminsmøde (the samarbejdsaftale, settings.meetings). Default 10. */
  terminMeetingWeeks?: number;
  /** Weeks before termin the plan must be ready (the samarbejdsaftale, settings.meetings). Default 8. */
  planReadyWeeks?: number;
};

export type DeadlineContext = {
  /**
   * When the event happened, for choosing the rule version in force. Only
   * used when the event has no timestamp of its own (TERMIN_SET without
   * setAt, CONSENT_GIVEN without givenAt); an event's own date always wins.
   */
  at?: Date;
  orgSettings?: DeadlineOrgSettings;
  calendar?: CalendarOptions;
};

/** "YYYY-MM-DD", read as a Copenhagen calendar day, inclusive. */
export type IsoDay = string;

/**
 * A rule is data: the table in rules.ts can be reviewed by a lawyer line by
 * line, and a law change is a new row with validFrom/validTo, not a code
 * change in the engine.
 */
export type DeadlineRule<T extends TriggerKind = TriggerKind> = {
  /** Stable kebab-case id; stored with computed deadlines, never renamed. */
  id: string;
  /** Danish label shown in the UI. */
  label: string;
  kind: DeadlineKind;
  /** One trigger, or several events that start the same clock. */
  trigger: T | readonly T[];
  /** The provision as in force, e.g. "Barnets Lov § 136". */
  legalReference: string;
  /** The old Serviceloven number the seed documents use, e.g. "SEL § 155, stk. 2". */
  previousReference?: string;
  validFrom: IsoDay;
  validTo?: IsoDay;
  owner: DeadlineOwner;
  /**
   * Who else sees the clock (a partner with a live basis for the category),
   * when the rule decides it rather than the event: a meeting clock is MOEDER
   * whatever started it.
   */
  category?: Category;
  /**
   * What the owner registers when the duty is done, for a deadline that no
   * other action meets (e.g. "Undersøgelsen er afsluttet"): shown as a button
   * on the case. Deadlines met by another action (the 24-hour assessment)
   * have none.
   */
  metBy?: string;
  /**
   * The deadline, or null when the rule does not apply to this event (e.g. an
   * anonymous reporter gets no kvittering). Only called with an event whose
   * trigger is one of the rule's triggers.
   */
  compute(event: EventOf<T>, ctx: DeadlineContext): Date | null;
};

export type ComputedDeadline = {
  ruleId: string;
  label: string;
  legalReference: string;
  previousReference?: string;
  kind: DeadlineKind;
  owner: DeadlineOwner;
  category?: Category;
  dueAt: Date;
};

export type DeadlineStatus = "MET" | "OVERDUE" | "DUE_SOON" | "OPEN";
