import { atCopenhagen, copenhagenDay, formatDay, parseDay, shiftDay, type CivilDay } from "@/lib/domain/calendar";

// The dashboard's periods are Copenhagen calendar periods: "this month" starts
// at midnight on the 1st in Copenhagen, whatever the server's time zone.

export const PERIOD_KEYS = ["denne-maaned", "sidste-maaned", "kvartal", "aar", "egen"] as const;
export type PeriodKey = (typeof PERIOD_KEYS)[number];
type PresetKey = Exclude<PeriodKey, "egen">;

export const PERIOD_LABELS: Record<PeriodKey, string> = {
  "denne-maaned": "Denne måned",
  "sidste-maaned": "Sidste måned",
  kvartal: "Dette kvartal",
  aar: "Dette år",
  egen: "Egen periode",
};

/** A custom period may span at most this many days (a longer one is a report, not an overview). */
export const MAX_CUSTOM_DAYS = 3 * 366;

export type Period = {
  key: PeriodKey;
  /** First Copenhagen day in the period and the first day after it. */
  firstDay: CivilDay;
  endDay: CivilDay;
  /** The same as instants: from (inclusive) .. to (exclusive). */
  from: Date;
  to: Date;
};

/** The period's key from a query parameter; anything else is this month. */
export function periodKeyOf(value: unknown): PeriodKey {
  return PERIOD_KEYS.includes(value as PeriodKey) ? (value as PeriodKey) : "denne-maaned";
}

function monthStart(year: number, month: number): CivilDay {
  // month may run past 12 or below 1: normalise into the year.
  const index = year * 12 + (month - 1);
  return formatDay(Math.floor(index / 12), (index % 12) + 1, 1);
}

function bounds(key: PresetKey, today: CivilDay): [CivilDay, CivilDay] {
  const { year, month } = parseDay(today);
  switch (key) {
    case "denne-maaned":
      return [monthStart(year, month), monthStart(year, month + 1)];
    case "sidste-maaned":
      return [monthStart(year, month - 1), monthStart(year, month)];
    case "kvartal": {
      const first = month - ((month - 1) % 3);
      return [monthStart(year, first), monthStart(year, first + 3)];
    }
    case "aar":
      return [monthStart(year, 1), monthStart(year + 1, 1)];
  }
}

function periodBetween(key: PeriodKey, firstDay: CivilDay, endDay: CivilDay): Period {
  return { key, firstDay, endDay, from: atCopenhagen(firstDay), to: atCopenhagen(endDay) };
}

/** The period containing (or, for last month, before) `now` on the Copenhagen calendar; "egen" without days is this month. */
export function periodOf(key: PeriodKey, now: Date): Period {
  const [firstDay, endDay] = bounds(key === "egen" ? "denne-maaned" : key, copenhagenDay(now));
  return periodBetween(key, firstDay, endDay);
}

/** The last day in the period (endDay is the first day after it). */
export function lastDayOf(period: Period): CivilDay {
  return shiftDay(period.endDay, -1);
}

/** The period's last day as a moment (its Copenhagen midnight), for formatDate. */
export function lastDateOf(period: Period): Date {
  return atCopenhagen(lastDayOf(period));
}

export type CustomPeriod = { ok: true; period: Period } | { ok: false; error: string };

function dayOrNull(value: unknown): CivilDay | null {
  if (typeof value !== "string") return null;
  try {
    parseDay(value);
    return value;
  } catch {
    return null;
  }
}

/**
 * A custom period from the form's "fra" and "til" (both days included, as a
 * reader says "1. til 15. november"), or the Danish reason it is not one.
 */
export function customPeriod(from: unknown, to: unknown): CustomPeriod {
  const first = dayOrNull(from);
  const last = dayOrNull(to);
  if (!first) return { ok: false, error: "Angiv en gyldig fra-dato." };
  if (!last) return { ok: false, error: "Angiv en gyldig til-dato." };
  if (last < first) return { ok: false, error: "Til-datoen skal være samme dag som fra-datoen eller senere." };
  const endDay = shiftDay(last, 1);
  const days = (Date.parse(`${endDay}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000;
  if (days > MAX_CUSTOM_DAYS) return { ok: false, error: "Perioden må højst være 3 år." };
  return { ok: true, period: periodBetween("egen", first, endDay) };
}

/** Monday 00:00 of this Copenhagen week to the next Monday: "due this week". */
export function weekOf(now: Date): { from: Date; to: Date } {
  const today = copenhagenDay(now);
  const { year, month, day } = parseDay(today);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const monday = shiftDay(today, -((weekday + 6) % 7));
  return { from: atCopenhagen(monday), to: atCopenhagen(shiftDay(monday, 7)) };
}

/**
 * The period a request asks for: a preset by its key, or "egen" with "fra"
 * and "til". An invalid custom period falls back to this month with the
 * Danish reason, so the page shows figures and the error together.
 */
export function resolvePeriod(params: { periode?: unknown; fra?: unknown; til?: unknown }, now: Date): { period: Period; error?: string } {
  const key = periodKeyOf(params.periode);
  if (key !== "egen") return { period: periodOf(key, now) };
  const custom = customPeriod(params.fra, params.til);
  return custom.ok ? { period: custom.period } : { period: periodOf("denne-maaned", now), error: custom.error };
}

const MONTH_NAMES = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."];

/**
 * The ends of the last `n` Copenhagen months up to `now`, oldest first: the
 * instants "cases per caseworker over time" counts at. The current month's
 * end is `now` itself (its end has not come).
 */
export function monthEnds(now: Date, n: number): { label: string; at: Date }[] {
  const { year, month } = parseDay(copenhagenDay(now));
  return Array.from({ length: n }, (_, i) => {
    const first = parseDay(monthStart(year, month - (n - 1 - i)));
    const end = atCopenhagen(monthStart(first.year, first.month + 1));
    return { label: `${MONTH_NAMES[first.month - 1]} ${first.year}`, at: end < now ? end : now };
  });
}
