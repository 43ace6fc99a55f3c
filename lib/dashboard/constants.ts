// The overview's fixed vocabulary, free of server code: the case list's URL
// schema (also used by client forms) and the cards both read it.

/** The statutory clocks the overview counts (lib/domain/deadlines/rules.ts); each organisation sees its own. */
export const DASHBOARD_CLOCKS = [
  { ruleId: "underretning-24t", label: "Vurdering inden 24 timer", short: "24 timer" },
  { ruleId: "kvittering-6-hverdage", label: "Kvittering inden 6 hverdage", short: "Kvittering" },
  { ruleId: "bfu-4-maaneder", label: "Børnefaglig undersøgelse inden 4 måneder", short: "BFU" },
  { ruleId: "barnets-plan-3-maaneder", label: "Barnets plan inden 3 måneder", short: "Barnets plan" },
  { ruleId: "stofbehandling-14-dage", label: "Stofmisbrugsbehandling startet inden 14 dage", short: "Stofbehandling" },
  { ruleId: "alkoholbehandling-14-dage", label: "Alkoholbehandling startet inden 14 dage", short: "Alkoholbehandling" },
  { ruleId: "laegelig-stofbehandling-14-dage", label: "Lægelig stofbehandling startet inden 14 dage", short: "Lægelig stofbehandling" },
] as const;

export const EXPIRY_WINDOW_DAYS = 30;

/** A case "stuck" in its stage: this many days unless the leader picks another threshold. */
export const DEFAULT_STUCK_DAYS = 90;
export const MAX_STUCK_DAYS = 3650;

/** The key figures of each unit in "several units of one kommune" (lib/dashboard/units.ts), in column order. */
export const UNIT_KEYS = ["active", "unassigned", "missedClocks", "reportsReceived", "consentsExpiring", "gravidOpened"] as const;
