import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";

export const taskIdSchema = z.object({ taskId: z.guid("Ukendt opgave") });

const NOTE_MAX = 1000;

export const completeTaskSchema = taskIdSchema.extend({
  note: text()
    .trim()
    .max(NOTE_MAX, `Noten må højst være ${NOTE_MAX} tegn`)
    .optional()
    .transform((value) => value || undefined),
});

export const assignTaskSchema = taskIdSchema.extend({
  /** Empty: the task goes back to the organisation ("ingen"). */
  userId: z.union([z.guid("Vælg en kollega fra listen"), z.literal("")]),
});

export const rescheduleTaskSchema = taskIdSchema.extend({
  dueDate: z.iso.date("Skriv en dato som åååå-mm-dd"),
  reason: text().trim().min(3, "Skriv hvorfor fristen flyttes (mindst 3 tegn)").max(500, "Begrundelsen må højst være 500 tegn"),
});
