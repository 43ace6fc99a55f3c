
/**
 * Information categories: the unit a consent covers (danish-rules.md § 6.4,
 * "information types"). Kept in this one place so consent records, access
 * checks and the UI cannot drift apart.
 */
export const CATEGORIES = [
  "STAMDATA",
  "SOCIALE_FORHOLD",
  "HELBRED",
  "RUSMIDDEL",
  "PLAN",
  "MOEDER",
  "UNDERRETNING",
] as const;

export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  STAMDATA: "Stamdata",
  SOCIALE_FORHOLD: "Sociale forhold",
  HELBRED: "Helbred",
  RUSMIDDEL: "Rusmiddelforbrug",
  PLAN: "Planer",
  MOEDER: "Møder",
  UNDERRETNING: "Underretninger",
};

export const CATEGORY_DESCRIPTIONS: Record<Category, string> = {
  STAMDATA: "Navn, CPR-nummer, adresse, kontaktoplysninger og termin.",
  SOCIALE_FORHOLD: "Familie, netværk, bolig, økonomi og beskæftigelse.",
  HELBRED: "Graviditet, fødsel og helbredsoplysninger om mor og barn.",
  RUSMIDDEL: "Forbrug af alkohol og stoffer samt rusmiddelbehandling.",
  PLAN: "Barnets plan, handleplaner, behandlingsplaner og aftalte indsatser.",
  MOEDER: "Netværks- og koordinationsmøder, deltagere og referater.",
  UNDERRETNING: "Underretninger om barnet eller det kommende barn og kvitteringer for dem.",
};

export function categoryLabel(category: Category): string {
  return CATEGORY_LABELS[category];
}

export function categoryDescription(category: Category): string {
  return CATEGORY_DESCRIPTIONS[category];
}

/**
 * The category a new note starts in, by the writer's role (issue 9 item 7):
 * what that profession mostly writes. The writer can change it; no role
 * starts in STAMDATA or UNDERRETNING, which have forms of their own.
 */
const NOTE_CATEGORY_BY_ROLE: Record<string, Category> = {
  SAGSBEHANDLER: "SOCIALE_FORHOLD",
  LEDER: "SOCIALE_FORHOLD",
  JORDEMODER: "HELBRED",
  LAEGE: "HELBRED",
  SUNDHEDSPLEJERSKE: "HELBRED",
  BEHANDLER: "RUSMIDDEL",
};

export function defaultNoteCategory(role: string): Category {
  return NOTE_CATEGORY_BY_ROLE[role] ?? "SOCIALE_FORHOLD";
}
