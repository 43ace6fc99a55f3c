import "server-only";
import type { PlanScope } from "@/lib/access/plan-scope";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { copenhagenDay } from "@/lib/domain/calendar";
import type { z } from "@/lib/validation/zod";
import { dayToDate } from "@/lib/domain/calendar";
import type { progressSchema } from "./schemas";

// "Follow the plan" (issue 11 item 8): the organisation responsible for an
// approved intervention records what happened (started, held, paused,
// ended) with the date and a note. The entry is its record, in the
// intervention's category; it feeds the goals' status.

export async function recordProgress(ps: PlanScope, input: z.output<typeof progressSchema>): Promise<{ id: string }> {
  const { db, ctx, caseId } = ps.scope;
  const intervention = await db.planIntervention.findFirst({
    where: { planId: ps.plan.id, key: input.interventionKey, approved: true, ...ps.scope.planInterventions() },
    select: { id: true, responsibleOrgId: true, category: true, startDate: true },
  });
  if (!intervention) throw new ValidationError("Indsatsen findes ikke i den godkendte plan.");
  ps.scope.require("plan:record-progress", { ownerOrgId: intervention.responsibleOrgId });
  if (input.on > copenhagenDay(new Date())) throw new ValidationError("Datoen kan ikke ligge i fremtiden.", { on: ["Datoen kan ikke ligge i fremtiden"] });
  const entry = await db.planInterventionProgress.create({
    data: {
      planId: ps.plan.id, caseId, interventionKey: input.interventionKey, authorOrgId: ctx.orgId, category: intervention.category,
      kind: input.kind, on: dayToDate(input.on), note: input.note ?? null, byUserId: ctx.userId, byName: ctx.userName,
    },
    select: { id: true },
  });
  await audit(db, ctx, {
    action: "plan.progress", entityType: "PlanInterventionProgress", entityId: entry.id, caseId,
    details: { planId: ps.plan.id, interventionId: intervention.id, kind: input.kind },
  });
  return entry;
}
