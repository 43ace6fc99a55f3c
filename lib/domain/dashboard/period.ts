import { atCopenhagen, copenhagenDay, formatDay, parseDay, shiftDay, type CivilDay } from "@/lib/domain/calendar";

// The dashboard's periods are Copenhagen calendar periods: "this month" starts
// at midnight on the 1st in Copenhagen, whatever the server's time zone.

export const PERIOD_KEYS = ["denne-maaned", "sidste-maaned", "kvartal", "aar"] as const;
export type PeriodKey = (typeof PERIOD_KEYS)[number];

export const PERIOD_LABELS: Record<PeriodKey, string> = {
  "denne-maaned": "Denne måned",
  "sidste-maaned": "Sidste måned",
  kvartal: "Dette kvartal",
  aar: "Dette år",
};

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

function bounds(key: PeriodKey, today: CivilDay): [CivilDay, CivilDay] {
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

/** The period containing (or, for last month, before) `now` on the Copenhagen calendar. */
export function periodOf(key: PeriodKey, now: Date): Period {
  const [firstDay, endDay] = bounds(key, copenhagenDay(now));
  return { key, firstDay, endDay, from: atCopenhagen(firstDay), to: atCopenhagen(endDay) };
}

/** Monday 00:00 of this Copenhagen week to the next Monday: "due this week". */
export function weekOf(now: Date): { from: Date; to: Date } {
  const today = copenhagenDay(now);
  const { year, month, day } = parseDay(today);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const monday = shiftDay(today, -((weekday + 6) % 7));
  return { from: atCopenhagen(monday), to: atCopenhagen(shiftDay(monday, 7)) };
}
