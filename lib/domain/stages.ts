
/**
 * Course stages (danish-rules.md § 6.10). Names match the Prisma enum `Stage`,
 * so values can pass between the database and the domain without mapping.
 */
export const STAGES = ["OPSPORING", "UDREDNING", "INDSATS", "OPFOELGNING", "AFSLUTTET"] as const;

export type Stage = (typeof STAGES)[number];

/** Stages where work is ongoing; every one of them may be closed directly. */
export const OPEN_STAGES = ["OPSPORING", "UDREDNING", "INDSATS", "OPFOELGNING"] as const satisfies readonly Stage[];

export const STAGE_LABELS: Record<Stage, string> = {
  OPSPORING: "Opsporing",
  UDREDNING: "Udredning",
  INDSATS: "Indsats",
  OPFOELGNING: "Opfølgning",
  AFSLUTTET: "Afsluttet",
};

export const STAGE_DESCRIPTIONS: Record<Stage, string> = {
  OPSPORING:
    "Underretning, screening efter barnets lov § 18 og henvisning til familieambulatoriet.",
  UDREDNING:
    "Afdækning efter barnets lov §§ 19/25, børnefaglig undersøgelse efter §§ 20/26, anamnese i familieambulatoriet og afdækning efter serviceloven § 101, stk. 2.",
  INDSATS:
    "Indsatser efter barnets lov § 32, serviceloven §§ 101/107 og sundhedsloven §§ 141/142, herunder kontrakter om tilbageholdelse.",
  OPFOELGNING:
    "Opfølgning efter barnets lov § 95 og familieambulatoriets opfølgning på barnet til skolealderen eller 18 år.",
  AFSLUTTET: "Forløbet er lukket. Det kan genåbnes i Opsporing, hvis der opstår ny bekymring.",
};

export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage];
}


function isOpen(stage: Stage): boolean {
  return (OPEN_STAGES as readonly Stage[]).includes(stage);
}

/**
 * Forward one step; back one step among open stages (e.g. indsats -> udredning
 * when new concerns arise); any open stage -> AFSLUTTET; AFSLUTTET reopens
 * only to OPSPORING, because a reopened course starts with a fresh assessment.
 * Skipping forward is refused so no stage's statutory steps are bypassed.
 */
export function canTransition(from: Stage, to: Stage): boolean {
  if (from === to) return false;
  if (from === "AFSLUTTET") return to === "OPSPORING";
  if (to === "AFSLUTTET") return true;
  const distance = STAGES.indexOf(to) - STAGES.indexOf(from);
  return isOpen(from) && (distance === 1 || distance === -1);
}

/** Allowed targets in STAGES order, for building the UI's choices. */
export function allowedTransitions(from: Stage): Stage[] {
  return STAGES.filter((to) => canTransition(from, to));
}

export const REASON_MIN_LENGTH = 5;
export const REASON_REQUIRED_MESSAGE = `Skriv en begrundelse (mindst ${REASON_MIN_LENGTH} tegn)`;

/** Counts non-space characters so "a b c" or padding cannot pass as a reason. */
export function isReasonSufficient(reason: string | null | undefined): boolean {
  return (reason ?? "").replace(/\s/g, "").length >= REASON_MIN_LENGTH;
}

export type TransitionErrorCode = "SAME_STAGE" | "NOT_ALLOWED" | "REASON_REQUIRED";

export type TransitionResult =
  | { ok: true }
  | { ok: false; code: TransitionErrorCode; message: string };

export function validateTransition(
  from: Stage,
  to: Stage,
  reason: string | null | undefined,
): TransitionResult {
  if (from === to) {
    return { ok: false, code: "SAME_STAGE", message: `Forløbet er allerede i fasen ${stageLabel(to)}.` };
  }
  if (!canTransition(from, to)) {
    return {
      ok: false,
      code: "NOT_ALLOWED",
      message: `Forløbet kan ikke skifte fra ${stageLabel(from)} til ${stageLabel(to)}.`,
    };
  }
  if (!isReasonSufficient(reason)) {
    return { ok: false, code: "REASON_REQUIRED", message: REASON_REQUIRED_MESSAGE };
  }
  return { ok: true };
}
