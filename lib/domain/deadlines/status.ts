import { workingDaysBetween, type CalendarOptions } from "@/lib/domain/calendar";
import type { DeadlineStatus } from "./types";

/**
 * Status of a DUE deadline.
 *
 * - MET: metAt is set (also when met late; see isMetLate for that).
 * - OVERDUE: now is after dueAt. At the due instant itself it is still due.
 * - DUE_SOON: at most 1 working day left, i.e. due today or by the end of the
 *   next working day (Copenhagen). Chosen over "less than 24 hours" because
 *   case work happens on working days: on Friday afternoon a Monday 10:00
 *   deadline has 67 hours but only a few working hours left, and must show
 *   as urgent. Every 24-hour underretning deadline is DUE_SOON from the start.
 * - OPEN: otherwise.
 *
 * EARLIEST dates are not deadlines to miss; the UI should not use this for them.
 */
export function deadlineStatus(
  dueAt: Date,
  metAt: Date | null | undefined,
  now: Date,
  options: CalendarOptions = {},
): DeadlineStatus {
  if (metAt) return "MET";
  if (now.getTime() > dueAt.getTime()) return "OVERDUE";
  if (workingDaysBetween(now, dueAt, options) <= 1) return "DUE_SOON";
  return "OPEN";
}

export function isMetLate(dueAt: Date, metAt: Date): boolean {
  return metAt.getTime() > dueAt.getTime();
}

/** Text next to the status colour, so the status never relies on colour alone. */
export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  MET: "Overholdt",
  OVERDUE: "Overskredet",
  DUE_SOON: "Snart",
  OPEN: "Åben",
};

export function deadlineStatusLabel(status: DeadlineStatus): string {
  return DEADLINE_STATUS_LABELS[status];
}
