/**
 * Danish working-day calendar in Europe/Copenhagen. Pure functions: no I/O,
 * no dependence on the server's TZ.
 */
export type { CivilDay } from "./civil";
export { dateToDay, dayToDate, formatDay, parseDay, shiftDay, weekdayOf } from "./civil";
export { easterSunday } from "./easter";
export type { CalendarOptions, DayInput, Holiday } from "./holidays";
export { LAST_STORE_BEDEDAG_YEAR, danishHolidays, holidayName, isHoliday, isWorkingDay, toDay } from "./holidays";
export { addWorkingDays, workingDaysBetween, workingDaysLeft } from "./working-days";
export { addCalendarDays, addCalendarMonths, addHours } from "./durations";
export type { WallClock } from "./zone";
export { COPENHAGEN, atCopenhagen, copenhagenDay, copenhagenTime, inCopenhagen, wallClockOf } from "./zone";
