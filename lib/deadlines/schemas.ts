import { MANUAL_CASE_EVENT_IDS } from "@/lib/domain/deadlines/case-events";
import { caseIdSchema } from "@/lib/cases/schemas";
import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";
import { isIsoDay } from "@/lib/validation/iso-day";

/** "YYYY-MM-DD" from <input type="date">: the day the event happened. */
const eventDay = text().trim().refine(isIsoDay, "Skriv datoen som dd.mm.åååå");

export const registerCaseEventSchema = caseIdSchema.extend({
  event: z.enum(MANUAL_CASE_EVENT_IDS as [string, ...string[]], { error: "Vælg en hændelse fra listen" }),
  day: eventDay,
});
export type RegisterCaseEventInput = z.input<typeof registerCaseEventSchema>;

export const meetDeadlineSchema = caseIdSchema.extend({ deadlineId: z.guid("Ukendt frist") });
