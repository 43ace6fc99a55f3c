import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { NotFoundError } from "@/lib/access/errors";
import { ownDeadlineWhere } from "@/lib/access/own-records";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { atCopenhagen, copenhagenDay, shiftDay } from "@/lib/domain/calendar";
import { getRule, MANUAL_CASE_EVENTS, manualEventsFor, type ManualCaseEvent } from "@/lib/domain/deadlines";
import { ownOrg } from "@/lib/orgs/org";
import type { z } from "@/lib/validation/zod";
import type { meetDeadlineSchema, registerCaseEventSchema } from "./schemas";
import { startCaseClocks } from "./start";

// The case events a professional registers by hand, and "met" for a clock no
// other action meets. Both act on the organisation's own clocks only.

/** A back-dated event still counts from its day; a year back is a typing error more often than not. */
const OLDEST_EVENT_DAYS = 366;

function eventInstant(day: string, now = new Date()): Date {
  const today = copenhagenDay(now);
  if (day > today) throw new ValidationError("Hændelsen kan ikke ligge i fremtiden.", { day: ["Datoen kan ikke ligge i fremtiden"] });
  if (day < shiftDay(today, -OLDEST_EVENT_DAYS)) {
    throw new ValidationError("Datoen ligger mere end et år tilbage.", { day: ["Datoen ligger mere end et år tilbage. Ret den, eller kontakt en administrator."] });
  }
  // Today: now. An earlier day: its start, so no clock is shorter than the law says.
  return day === today ? now : atCopenhagen(day);
}

export async function registerCaseEvent(scope: CaseScope, input: z.output<typeof registerCaseEventSchema>): Promise<{ started: number }> {
  const { db, ctx, caseId } = scope;
  scope.require("deadline:manage");
  const id = input.event as ManualCaseEvent;
  if (!manualEventsFor((await ownOrg(db, ctx)).type).includes(id)) {
    throw new ValidationError("Din organisation har ingen frist ved denne hændelse.", { event: ["Vælg en hændelse fra listen"] });
  }
  const spec = MANUAL_CASE_EVENTS[id];
  const facts = await db.caseFile.findFirst({ where: { id: caseId }, select: { termin: true } });
  const event = spec.event(eventInstant(input.day), { termin: facts?.termin ?? undefined });
  const started = await startCaseClocks(db, ctx, { caseId, event, category: spec.category, source: { type: "CaseFile", id: caseId } });
  if (started.length === 0) throw new ValidationError("Fristen for denne hændelse løber allerede på sagen.");
  return { started: started.length };
}

/** Registers the organisation's own open clock as met, now; the database closes its task (ADR 0016). */
export async function meetDeadline(scope: CaseScope, input: z.output<typeof meetDeadlineSchema>): Promise<void> {
  const { db, ctx, caseId } = scope;
  scope.require("deadline:manage");
  const deadline = await db.deadline.findFirst({
    where: { id: input.deadlineId, caseId, ...ownDeadlineWhere(ctx) },
    select: { id: true, ruleId: true, status: true },
  });
  if (!deadline) throw new NotFoundError("deadline");
  const metBy = getRule(deadline.ruleId)?.metBy;
  if (!metBy) throw new ValidationError("Denne frist opfyldes af sin egen handling, fx vurderingen af underretningen.");
  if (deadline.status !== "OPEN") throw new ValidationError("Fristen er allerede registreret som opfyldt.");
  await db.deadline.update({ where: { id: deadline.id }, data: { status: "MET", metAt: new Date() } });
  await audit(db, ctx, { action: "deadline.met", entityType: "Deadline", entityId: deadline.id, caseId, details: { rule: deadline.ruleId, metBy } });
}
