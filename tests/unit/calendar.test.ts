import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addCalendarMonths,
  addHours,
  addWorkingDays,
  copenhagenDay,
  copenhagenTime,
  danishHolidays,
  easterSunday,
  holidayName,
  isHoliday,
  isWorkingDay,
  wallClockOf,
  workingDaysBetween,
  workingDaysLeft,
} from "@/lib/domain/calendar";

// All expectations are Copenhagen wall-clock; the suite must pass under any
// process TZ (run with TZ=UTC and TZ=America/New_York).
const cph = copenhagenTime;

describe("Easter and Danish holidays", () => {
  it.each([
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2028, "2028-04-16"],
    [2029, "2029-04-01"],
    [2030, "2030-04-21"],
  ])("Easter Sunday %i is %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it("lists the 2026 holidays with Danish names, sorted", () => {
    expect(danishHolidays(2026)).toEqual([
      { date: "2026-01-01", name: "Nytårsdag" },
      { date: "2026-04-02", name: "Skærtorsdag" },
      { date: "2026-04-03", name: "Langfredag" },
      { date: "2026-04-05", name: "Påskedag" },
      { date: "2026-04-06", name: "2. påskedag" },
      { date: "2026-05-14", name: "Kristi himmelfartsdag" },
      { date: "2026-05-24", name: "Pinsedag" },
      { date: "2026-05-25", name: "2. pinsedag" },
      { date: "2026-12-25", name: "Juledag" },
      { date: "2026-12-26", name: "2. juledag" },
    ]);
  });

  it("derives the movable holidays from Easter 2027 (28 March)", () => {
    const byName = Object.fromEntries(danishHolidays(2027).map((h) => [h.name, h.date]));
    expect(byName).toMatchObject({
      Skærtorsdag: "2027-03-25",
      Langfredag: "2027-03-26",
      "2. påskedag": "2027-03-29",
      "Kristi himmelfartsdag": "2027-05-06",
      Pinsedag: "2027-05-16",
      "2. pinsedag": "2027-05-17",
    });
  });

  it("keeps store bededag up to 2023 and drops it from 2024", () => {
    expect(holidayName("2023-05-05")).toBe("Store bededag");
    expect(isWorkingDay("2023-05-05")).toBe(false);
    // Easter + 26 in 2024 and 2025: ordinary Fridays.
    expect(isHoliday("2024-04-26")).toBe(false);
    expect(isWorkingDay("2024-04-26")).toBe(true);
    expect(isWorkingDay("2025-05-16")).toBe(true);
    expect(danishHolidays(2024).some((h) => h.name === "Store bededag")).toBe(false);
  });

  it("adds grundlovsdag, juleaftensdag and nytårsaftensdag only when chosen", () => {
    expect(isWorkingDay("2026-06-05")).toBe(true);
    expect(isWorkingDay("2026-12-24")).toBe(true);
    expect(isWorkingDay("2026-12-31")).toBe(true);
    const all = { grundlovsdag: true, juleaftensdag: true, nytaarsaftensdag: true };
    expect(holidayName("2026-06-05", all)).toBe("Grundlovsdag");
    expect(holidayName("2026-12-24", all)).toBe("Juleaftensdag");
    expect(holidayName("2026-12-31", all)).toBe("Nytårsaftensdag");
    expect(danishHolidays(2026, all)).toHaveLength(13);
  });

  it("treats weekends as non-working days", () => {
    expect(isWorkingDay("2026-11-07")).toBe(false); // Saturday
    expect(isWorkingDay("2026-11-08")).toBe(false); // Sunday
    expect(isWorkingDay("2026-11-09")).toBe(true); // Monday
  });

  it("reads an instant as its Copenhagen day, not the server's", () => {
    // 23:30 UTC on 24 Dec is 00:30 on juledag in Copenhagen.
    const instant = new Date("2026-12-24T23:30:00Z");
    expect(copenhagenDay(instant)).toBe("2026-12-25");
    expect(isHoliday(instant)).toBe(true);
    // 23:30 UTC on 1 Jan is Friday 2 Jan in Copenhagen: a working day.
    expect(isWorkingDay(new Date("2026-01-01T23:30:00Z"))).toBe(true);
  });

  it("rejects malformed days", () => {
    expect(() => isHoliday("2026-02-30")).toThrow(RangeError);
    expect(() => isHoliday("26-1-1")).toThrow(RangeError);
  });
});

describe("addWorkingDays", () => {
  it("skips Easter: 6 working days from Wed 24 March 2027 10:00 is Tue 6 April 10:00", () => {
    const result = addWorkingDays(cph(2027, 3, 24, 10), 6);
    expect(result).toEqual(cph(2027, 4, 6, 10));
    // Summer time began on Easter Sunday, so 10:00 is now 08:00 UTC.
    expect(result.toISOString()).toBe("2027-04-06T08:00:00.000Z");
  });

  it("skips Christmas and the weekend from Tue 22 Dec 2026", () => {
    expect(addWorkingDays(cph(2026, 12, 22, 10), 6)).toEqual(cph(2026, 12, 31, 10));
  });

  it("honours juleaftensdag and nytårsaftensdag when the organisation closes", () => {
    expect(addWorkingDays(cph(2026, 12, 22, 10), 6, { juleaftensdag: true })).toEqual(cph(2027, 1, 4, 10));
    expect(addWorkingDays(cph(2026, 12, 22, 10), 6, { juleaftensdag: true, nytaarsaftensdag: true })).toEqual(
      cph(2027, 1, 5, 10),
    );
  });

  it("starts counting from the next working day when start is not a working day", () => {
    // Saturday: Monday is day 1, the following Monday day 6.
    expect(addWorkingDays(cph(2026, 11, 7, 14), 1)).toEqual(cph(2026, 11, 9, 14));
    expect(addWorkingDays(cph(2026, 11, 7, 14), 6)).toEqual(cph(2026, 11, 16, 14));
    // Easter Saturday 2027: Sunday and 2. påskedag are skipped too.
    expect(addWorkingDays(cph(2027, 3, 27, 9), 1)).toEqual(cph(2027, 3, 30, 9));
  });

  it("keeps the Copenhagen wall-clock time across DST weekends", () => {
    expect(addWorkingDays(cph(2026, 10, 23, 9), 1)).toEqual(cph(2026, 10, 26, 9));
    // 02:30 does not exist on the DST Sunday; the result must still be 02:30.
    expect(addWorkingDays(cph(2026, 3, 27, 2, 30), 1)).toEqual(cph(2026, 3, 30, 2, 30));
  });

  it("returns start for n = 0 and rejects negative or fractional n", () => {
    const start = cph(2026, 11, 7, 14);
    expect(addWorkingDays(start, 0)).toEqual(start);
    expect(() => addWorkingDays(start, -1)).toThrow(RangeError);
    expect(() => addWorkingDays(start, 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(Number.NaN), 1)).toThrow(RangeError);
  });
});

describe("workingDaysBetween / workingDaysLeft", () => {
  it("is the inverse of addWorkingDays", () => {
    const starts = [cph(2027, 3, 24, 10), cph(2026, 12, 22, 10), cph(2026, 11, 7, 14), cph(2023, 5, 1, 8)];
    for (const start of starts) {
      for (const n of [1, 6, 7, 20]) {
        expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
      }
    }
  });

  it("counts backwards as negative and ignores time of day", () => {
    expect(workingDaysBetween(cph(2027, 4, 6, 10), cph(2027, 3, 24, 10))).toBe(-6);
    expect(workingDaysBetween(cph(2027, 3, 24, 8), cph(2027, 3, 24, 17))).toBe(0);
    expect(workingDaysBetween(cph(2026, 11, 6, 23), cph(2026, 11, 9, 1))).toBe(1);
  });

  it("gives 0 working days left once the due time has passed", () => {
    expect(workingDaysLeft(cph(2026, 11, 9, 10), cph(2026, 11, 12, 10))).toBe(3);
    expect(workingDaysLeft(cph(2026, 11, 12, 11), cph(2026, 11, 12, 10))).toBe(0);
  });
});

describe("addHours (elapsed time)", () => {
  it("24 hours into summer time shows 13:00 on the wall clock", () => {
    const result = addHours(cph(2026, 3, 28, 12), 24);
    expect(result).toEqual(cph(2026, 3, 29, 13));
    expect(wallClockOf(result).hours).toBe(13);
    expect(result.toISOString()).toBe("2026-03-29T11:00:00.000Z");
  });

  it("24 hours into winter time shows 11:00 on the wall clock", () => {
    const result = addHours(cph(2026, 10, 24, 12), 24);
    expect(result).toEqual(cph(2026, 10, 25, 11));
    expect(result.toISOString()).toBe("2026-10-25T10:00:00.000Z");
    expect(result.getTime() - cph(2026, 10, 24, 12).getTime()).toBe(24 * 3600 * 1000);
  });

  it("crosses midnight into the next Copenhagen day", () => {
    const result = addHours(cph(2026, 11, 3, 22, 30), 24);
    expect(result).toEqual(cph(2026, 11, 4, 22, 30));
    expect(copenhagenDay(addHours(cph(2026, 11, 3, 22, 30), 2))).toBe("2026-11-04");
  });
});

describe("addCalendarDays / addCalendarMonths", () => {
  it("keeps wall-clock time when days cross DST", () => {
    expect(addCalendarDays(cph(2026, 3, 23, 10), 14)).toEqual(cph(2026, 4, 6, 10));
    expect(addCalendarDays(cph(2026, 12, 1, 0), -30)).toEqual(cph(2026, 11, 1, 0));
  });

  it("adds months in Copenhagen time and clamps to month end", () => {
    expect(addCalendarMonths(cph(2026, 1, 15, 10), 4)).toEqual(cph(2026, 5, 15, 10));
    expect(addCalendarMonths(cph(2026, 5, 31, 9), 3)).toEqual(cph(2026, 8, 31, 9));
    expect(addCalendarMonths(cph(2026, 11, 30, 9), 3)).toEqual(cph(2027, 2, 28, 9));
  });

  it("subtracts months for 'termin minus 3 months'", () => {
    expect(addCalendarMonths(cph(2026, 8, 15, 0), -3)).toEqual(cph(2026, 5, 15, 0));
  });

  it("uses the Copenhagen day even late in the evening", () => {
    // 31 Jan 23:30 Copenhagen is still 31 Jan there (22:30 UTC): + 1 month = 28 Feb.
    expect(addCalendarMonths(cph(2026, 1, 31, 23, 30), 1)).toEqual(cph(2026, 2, 28, 23, 30));
  });
});
