import { formatDay, parseDay, shiftDay, weekdayOf, type CivilDay } from "./civil";
import { easterSunday } from "./easter";
import { copenhagenDay } from "./zone";

/**
 * Days an organisation may choose to treat as closed. They are not public
 * holidays by law, but most kommuner and regions close on them, and a
 * deadline counted in working days must follow the organisation's own
 * calendar (stored in Organization.settings). All default to false.
 */
export type CalendarOptions = {
  grundlovsdag?: boolean;
  juleaftensdag?: boolean;
  nytaarsaftensdag?: boolean;
};

export type Holiday = { date: CivilDay; name: string };

/**
 * Store bededag was abolished as a public holiday by a 2023 law (lov om
 * afskaffelse af store bededag som helligdag), with effect from 2024. It
 * stays a holiday for 2023 and earlier so deadlines in older cases are still
 * counted correctly.
 */
export const LAST_STORE_BEDEDAG_YEAR = 2023;

// Offsets from Easter Sunday.
const MOVABLE: ReadonlyArray<[offset: number, name: string]> = [
  [-3, "Skærtorsdag"],
  [-2, "Langfredag"],
  [0, "Påskedag"],
  [1, "2. påskedag"],
  [39, "Kristi himmelfartsdag"],
  [49, "Pinsedag"],
  [50, "2. pinsedag"],
];
const STORE_BEDEDAG_OFFSET = 26;

// A deadline loop asks about the same year many times; the list is tiny but
// rebuilding it per day would be wasteful. Keyed by year and option flags.
const cache = new Map<string, ReadonlyMap<CivilDay, string>>();

function holidayMap(year: number, options: CalendarOptions): ReadonlyMap<CivilDay, string> {
  const flags = [options.grundlovsdag, options.juleaftensdag, options.nytaarsaftensdag].map((f) => (f ? 1 : 0));
  const key = `${year}|${flags.join("")}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const easter = easterSunday(year);
  const list: Holiday[] = [{ date: formatDay(year, 1, 1), name: "Nytårsdag" }];
  for (const [offset, name] of MOVABLE) list.push({ date: shiftDay(easter, offset), name });
  if (year <= LAST_STORE_BEDEDAG_YEAR) {
    list.push({ date: shiftDay(easter, STORE_BEDEDAG_OFFSET), name: "Store bededag" });
  }
  if (options.grundlovsdag) list.push({ date: formatDay(year, 6, 5), name: "Grundlovsdag" });
  if (options.juleaftensdag) list.push({ date: formatDay(year, 12, 24), name: "Juleaftensdag" });
  list.push({ date: formatDay(year, 12, 25), name: "Juledag" });
  list.push({ date: formatDay(year, 12, 26), name: "2. juledag" });
  if (options.nytaarsaftensdag) list.push({ date: formatDay(year, 12, 31), name: "Nytårsaftensdag" });

  list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const map = new Map(list.map((h) => [h.date, h.name] as const));
  cache.set(key, map);
  return map;
}

/** Danish holidays of `year`, sorted by date, each with its Danish name. */
export function danishHolidays(year: number, options: CalendarOptions = {}): Holiday[] {
  return [...holidayMap(year, options)].map(([date, name]) => ({ date, name }));
}

/** A Date is read as its Copenhagen calendar day; a string must be "YYYY-MM-DD". */
export type DayInput = Date | CivilDay;

export function toDay(input: DayInput): CivilDay {
  if (typeof input === "string") {
    parseDay(input);
    return input;
  }
  return copenhagenDay(input);
}

/** The Danish holiday name for the day, or undefined when it is not a holiday. */
export function holidayName(input: DayInput, options: CalendarOptions = {}): string | undefined {
  const day = toDay(input);
  return holidayMap(parseDay(day).year, options).get(day);
}

export function isHoliday(input: DayInput, options: CalendarOptions = {}): boolean {
  return holidayName(input, options) !== undefined;
}

/** Monday to Friday and not a holiday (in Copenhagen). */
export function isWorkingDay(input: DayInput, options: CalendarOptions = {}): boolean {
  const day = toDay(input);
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6 && !isHoliday(day, options);
}
