import { addCalendarDays, addCalendarMonths, addHours, addWorkingDays } from "@/lib/domain/calendar";
import type { DeadlineContext, DeadlineOrgSettings, DeadlineRule, TriggerKind } from "./types";

/**
 * The deadline rule table (danish-rules.md § 1). Legal references are the
 * provisions in force; previousReference is the old SEL number the seed
 * documents use. validFrom is when the provision as written here took effect:
 * Barnets Lov rules start 2024-01-01, so an older event gets no deadline from
 * them (add an SEL-era row with validTo 2023-12-31 if old cases need one).
 * Status marks ([V]/[P]/[R]) follow danish-rules.md.
 */

// Lets each row be type-checked against its own trigger's event shape. The
// widening cast is safe because computeDeadlines only calls compute with an
// event whose trigger is one of the rule's triggers.
function defineRule<T extends TriggerKind>(rule: DeadlineRule<T>): DeadlineRule {
  return rule as unknown as DeadlineRule;
}

const BARNETS_LOV_IN_FORCE = "2024-01-01";
export const DEFAULT_FAMILY_CLINIC_CONTACT_DAYS = 7;
/** As the samarbejdsaftale's default (lib/domain/meetings/agreement.ts), which the caller passes in. */
export const DEFAULT_TERMIN_MEETING_WEEKS = 10;
/** As the samarbejdsaftale's default (lib/domain/meetings/agreement.ts): the sources say only "i god tid". */
export const DEFAULT_PLAN_READY_WEEKS = 8;

/** A count from the organisation's settings, or its default. */
function orgSetting(ctx: DeadlineContext, key: keyof DeadlineOrgSettings, fallback: number): number {
  const value = ctx.orgSettings?.[key] ?? fallback;
  // Settings come from JSON; a bad value must fail loudly, not yield a wrong date.
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${key} must be a non-negative integer, got ${value}`);
  }
  return value;
}

export const RULES: readonly DeadlineRule[] = [
  // Row 1 [V]. 24 elapsed hours, also nights and weekends (døgnvagt).
  defineRule({
    id: "underretning-24t",
    label: "Vurdering af underretning inden 24 timer",
    kind: "DUE",
    trigger: "CONCERN_REPORT_RECEIVED",
    legalReference: "Barnets Lov § 136",
    previousReference: "SEL § 155, stk. 2",
    validFrom: BARNETS_LOV_IN_FORCE,
    owner: "KOMMUNE_FAMILIE",
    compute: (e) => addHours(e.receivedAt, 24),
  }),
  // Row 2 [P: exact § not pinned]. Anonymous reporters cannot be receipted.
  defineRule({
    id: "kvittering-6-hverdage",
    label: "Kvittering til underretter",
    kind: "DUE",
    trigger: "CONCERN_REPORT_RECEIVED",
    legalReference: "Barnets Lov § 136",
    previousReference: "SEL § 155 b, stk. 1",
    validFrom: BARNETS_LOV_IN_FORCE,
    owner: "KOMMUNE_FAMILIE",
    compute: (e, ctx) => (e.reporterNamed ? addWorkingDays(e.receivedAt, 6, ctx.calendar) : null),
  }),
  // Row 8 [V]. The clock runs from awareness, not from the BFU decision, so
  // both events start it; the caller keeps one deadline per rule id per case.
  defineRule({
    id: "bfu-4-maaneder",
    label: "Børnefaglig undersøgelse afsluttet",
    kind: "DUE",
    trigger: ["BFU_DECIDED", "KOMMUNE_AWARE"],
    legalReference: "Barnets Lov § 20, stk. 3",
    previousReference: "SEL § 50, stk. 7",
    validFrom: BARNETS_LOV_IN_FORCE,
    owner: "KOMMUNE_FAMILIE",
    metBy: "Undersøgelsen er afsluttet",
    compute: (e) => addCalendarMonths(e.awareAt, 4),
  }),
  // Row 11 [V]. Only when the kommune decided a plan is needed.
  defineRule({
    id: "barnets-plan-3-maaneder",
    label: "Barnets plan udarbejdet",
    kind: "DUE",
    trigger: "SUPPORT_DECIDED",
    legalReference: "Barnets Lov § 91",
    previousReference: "SEL § 140",
    validFrom: BARNETS_LOV_IN_FORCE,
    owner: "KOMMUNE_FAMILIE",
    metBy: "Barnets plan er udarbejdet",
    compute: (e) => (e.planNeeded ? addCalendarMonths(e.decidedAt, 3) : null),
  }),
  // Row 13 [V]. The earlier of 3 months and a parallel afdækning/undersøgelse
  // finishing. A finish before the indsats started is not "parallel": ignored.
  defineRule({
    id: "foerste-opfoelgning",
    label: "Første opfølgning på indsats",
    kind: "DUE",
    trigger: "INTERVENTION_STARTED",
    legalReference: "Barnets Lov § 95",
    previousReference: "SEL § 70",
    validFrom: BARNETS_LOV_IN_FORCE,
    owner: "KOMMUNE_FAMILIE",
    metBy: "Opfølgningen er holdt",
    compute: (e) => {
      const threeMonths = addCalendarMonths(e.startedAt, 3);
      const parallel = e.parallelAssessmentFinishedAt;
      if (parallel && parallel >= e.startedAt && parallel < threeMonths) return new Date(parallel.getTime());
      return threeMonths;
    },
  }),
  // Row 18 [V]: § 101 rewritten by L 7 (2019-20), in force 1 January 2020.
  // "Within 14 days" is calendar days; a weekend deadline is not moved.
  defineRule({
    id: "stofbehandling-14-dage",
    label: "Social stofmisbrugsbehandling iværksat",
    kind: "DUE",
    trigger: "TREATMENT_REQUESTED",
    legalReference: "SEL § 101, stk. 4",
    validFrom: "2020-01-01",
    owner: "KOMMUNE_VOKSEN",
    metBy: "Behandlingen er iværksat",
    compute: (e) => (e.kind === "STOF" ? addCalendarDays(e.requestedAt, 14) : null),
  }),
  // Row 20 [V]; validFrom = Sundhedsloven in force [P].
  defineRule({
    id: "alkoholbehandling-14-dage",
    label: "Alkoholbehandling iværksat",
    kind: "DUE",
    trigger: "TREATMENT_REQUESTED",
    legalReference: "Sundhedsloven § 141",
    validFrom: "2007-01-01",
    owner: "KOMMUNE_VOKSEN",
    metBy: "Behandlingen er iværksat",
    compute: (e) => (e.kind === "ALKOHOL" ? addCalendarDays(e.requestedAt, 14) : null),
  }),
  // Row 21 [V]; validFrom = L 34 (2014-15) expected in force 1 January 2015 [P].
  defineRule({
    id: "laegelig-stofbehandling-14-dage",
    label: "Lægelig stofmisbrugsbehandling iværksat",
    kind: "DUE",
    trigger: "TREATMENT_REQUESTED",
    legalReference: "Sundhedsloven § 142",
    validFrom: "2015-01-01",
    owner: "KOMMUNE_VOKSEN",
    metBy: "Behandlingen er iværksat",
    compute: (e) => (e.kind === "LAEGELIG" ? addCalendarDays(e.requestedAt, 14) : null),
  }),
  // Row 10 [V]. An EARLIEST date: the Børne- og ungeudvalg may not decide before it.
  defineRule({
    id: "anbringelse-ufoedt-tidligst",
    label: "Tidligste afgørelse om anbringelse af ufødt barn",
    kind: "EARLIEST",
    trigger: "TERMIN_SET",
    legalReference: "Barnets Lov § 49",
    validFrom: BARNETS_LOV_IN_FORCE,
    owner: "KOMMUNE_FAMILIE",
    compute: (e) => addCalendarMonths(e.termin, -3),
  }),
  // Row 27 [V]; 7 arbejdsdage since the 2014 offentlighedslov reform [P].
  defineRule({
    id: "aktindsigt-7-hverdage",
    label: "Svar på anmodning om aktindsigt",
    kind: "DUE",
    trigger: "ACCESS_REQUEST_RECEIVED",
    legalReference: "Forvaltningsloven § 16",
    validFrom: "2014-01-01",
    owner: "EVENT_ORG",
    metBy: "Svar på aktindsigt er sendt",
    compute: (e, ctx) => addWorkingDays(e.receivedAt, 7, ctx.calendar),
  }),
  // Regional agreement, not law (row 25: no statutory deadline). N is an
  // org setting; 7 days as in Region Syddanmark. validFrom [R].
  defineRule({
    id: "familieambulatorie-kontakt",
    label: "Familieambulatoriet kontakter den gravide",
    kind: "DUE",
    trigger: "REFERRAL_TO_FAMILY_CLINIC",
    legalReference: "Samarbejdsaftale om sårbare gravide (Region Syddanmark)",
    validFrom: "2023-01-01",
    owner: "FAMILIEAMBULATORIUM",
    metBy: "Kontakten er taget",
    compute: (e, ctx) => addCalendarDays(e.referredAt, orgSetting(ctx, "familyClinicContactDays", DEFAULT_FAMILY_CLINIC_CONTACT_DAYS)),
  }),
  // Samarbejdsaftale, not law (B3.5: "terminsmøde 10 uger før termin"; the
  // birth form is filled in at the meeting). N weeks is the owner's agreement
  // setting. The familieambulatorium convenes by default; a termin registered
  // by another organisation starts no clock for it (ADR 0022). validFrom [R].
  defineRule({
    id: "terminsmoede",
    label: "Terminsmøde holdt",
    kind: "DUE",
    trigger: "TERMIN_SET",
    legalReference: "Samarbejdsaftale (ikke lovkrav)",
    validFrom: "2023-01-01",
    owner: "FAMILIEAMBULATORIUM",
    category: "MOEDER",
    metBy: "Terminsmødet er holdt",
    compute: (e, ctx) => addCalendarDays(e.termin, -7 * orgSetting(ctx, "terminMeetingWeeks", DEFAULT_TERMIN_MEETING_WEEKS)),
  }),
  // Samarbejdsaftale, not law (B3: "én samlet plan" ready "i god tid" before
  // the birth; the sources give no number). N weeks is the owner's agreement
  // setting, default 8. It runs once a plan is needed (the decision on
  // støttende indsats) on a case with a termin, not from every termin: a case
  // in opsporing needs no plan yet. validFrom [R].
  defineRule({
    id: "plan-foer-termin",
    label: "Planen er klar før termin",
    kind: "DUE",
    trigger: "SUPPORT_DECIDED",
    legalReference: "Samarbejdsaftale (ikke lovkrav)",
    validFrom: "2023-01-01",
    owner: "KOMMUNE_FAMILIE",
    category: "PLAN",
    metBy: "Planen er godkendt",
    compute: (e, ctx) => (e.planNeeded && e.termin ? addCalendarDays(e.termin, -7 * orgSetting(ctx, "planReadyWeeks", DEFAULT_PLAN_READY_WEEKS)) : null),
  }),
  // Internal reminder, not a legal deadline: valid for any date.
  defineRule({
    id: "samtykke-udloeber-30-dage",
    label: "Samtykke udløber om 30 dage – forny eller afslut",
    kind: "DUE",
    trigger: "CONSENT_GIVEN",
    legalReference: "Samtykke udløber",
    validFrom: "2000-01-01",
    owner: "EVENT_ORG",
    compute: (e) => addCalendarDays(e.validUntil, -30),
  }),
  // Internal routine after a birth, not law (row 26 leaves the notice to the
  // fødested's fødselsanmeldelse). Working days: the sundhedspleje and the
  // discharge meeting's participants work on hverdage.
  defineRule({
    id: "foedsel-underret-sundhedspleje",
    label: "Underret sundhedsplejen om fødslen",
    kind: "DUE",
    trigger: "BIRTH_REGISTERED",
    legalReference: "Intern arbejdsgang ved fødsel",
    validFrom: "2000-01-01",
    owner: "EVENT_ORG",
    compute: (e, ctx) => addWorkingDays(e.registeredAt, 1, ctx.calendar),
  }),
  defineRule({
    id: "foedsel-udskrivningsmoede",
    label: "Planlæg udskrivningsmødet",
    kind: "DUE",
    trigger: "BIRTH_REGISTERED",
    legalReference: "Intern arbejdsgang ved fødsel",
    validFrom: "2000-01-01",
    owner: "EVENT_ORG",
    compute: (e, ctx) => addWorkingDays(e.registeredAt, 2, ctx.calendar),
  }),
  // SUL § 43, stk. 4: the patient is told afterwards. The law sets no number
  // of days [R]; a week (calendar days) is the app's reminder.
  defineRule({
    id: "sul-43-orientering",
    label: "Orientér patienten om videregivelsen uden samtykke (sundhedsloven § 43, stk. 4)",
    kind: "DUE",
    trigger: "STATUTORY_BASIS_RECORDED",
    legalReference: "Sundhedsloven § 43, stk. 4",
    validFrom: "2007-01-01",
    owner: "EVENT_ORG",
    compute: (e) => (e.code === "SUL_43_2" ? addCalendarDays(e.recordedAt, 7) : null),
  }),
];
