// A plan's dates are calendar days (DATE columns, midnight UTC): "YYYY-MM-DD" both ways.

export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
