import { z } from "@/lib/validation/zod";
import type { Period } from "./period";

// "Expected vs found" (issue 12; seed-samarbejdsaftaler A3): about 1,150
// pregnant women a year are registered with harmful substance use in Denmark
// (1,133 in 2016, 1,149 in 2017). A kommune's share of them is estimated by
// its share of the population. Both figures are the organisation's settings
// (Organization.settings.prevalence); without the kommune's population there
// is no estimate. Pure: the page, the export and the tests read it here.

export const PREVALENCE_SETTINGS_KEY = "prevalence";
export const DEFAULT_NATIONAL_PER_YEAR = 1150;
/** Denmark's population, rounded (Danmarks Statistik, 1 January 2025: 5,992,734). */
export const DEFAULT_NATIONAL_POPULATION = 5_990_000;

export type Prevalence = { nationalPerYear: number; nationalPopulation: number; kommunePopulation: number | null };

const positive = z.number().int().positive();
const schema = z.object({
  nationalPerYear: positive.catch(DEFAULT_NATIONAL_PER_YEAR),
  nationalPopulation: positive.catch(DEFAULT_NATIONAL_POPULATION),
  kommunePopulation: positive.nullable().catch(null),
});

/** The organisation's prevalence settings, defaults filled in (bad values: the default). */
export function prevalenceOf(settings: unknown): Prevalence {
  const raw = (settings as Record<string, unknown> | null | undefined)?.[PREVALENCE_SETTINGS_KEY];
  return schema.parse(raw && typeof raw === "object" ? raw : {});
}

/** Expected new cases a year in the kommune, or null without its population. */
export function expectedPerYear(p: Prevalence): number | null {
  if (p.kommunePopulation === null) return null;
  return (p.nationalPerYear * p.kommunePopulation) / p.nationalPopulation;
}

/** The yearly figure spread evenly over the period's days (365.25 a year). */
export function expectedInPeriod(p: Prevalence, period: Pick<Period, "from" | "to">): number | null {
  const perYear = expectedPerYear(p);
  if (perYear === null) return null;
  const days = (period.to.getTime() - period.from.getTime()) / 86_400_000;
  return (perYear * days) / 365.25;
}
