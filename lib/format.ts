import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { da } from "date-fns/locale";

// Dates and times as Danish users read them, always in Copenhagen time
// whatever the server's zone.
const ZONE = "Europe/Copenhagen";

export function formatDate(date: Date): string {
  return format(new TZDate(date, ZONE), "d. MMM yyyy", { locale: da });
}

export function formatDateTime(date: Date): string {
  return format(new TZDate(date, ZONE), "d. MMM yyyy 'kl.' HH:mm", { locale: da });
}

/** "HH:mm", 24-hour, Copenhagen time. */
export function formatTime(date: Date): string {
  return format(new TZDate(date, ZONE), "HH:mm", { locale: da });
}

/** A calendar date stored as a DATE column (midnight UTC): no zone shift. */
export function formatDay(date: Date): string {
  return format(new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()), "d. MMM yyyy", { locale: da });
}

/** A civil day "YYYY-MM-DD" as formatDay shows it. */
export function formatCivilDay(day: string): string {
  return formatDay(new Date(`${day}T00:00:00.000Z`));
}

/** "DDMMYY-XXXX" from a birth date: the masked CPR without decrypting anything. */
export function maskedCprFromBirthDate(birthDate: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(birthDate.getUTCDate())}${pad(birthDate.getUTCMonth() + 1)}${pad(birthDate.getUTCFullYear() % 100)}-XXXX`;
}
