import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { atCopenhagen, shiftDay, weekdayOf } from "@/lib/domain/calendar";
import type { z } from "@/lib/validation/zod";
import { caseOrgsAndPeople } from "./case-people";
import type { slotCheckSchema } from "./schemas";
import { meetingInterval } from "./when";

// What the scheduling form shows while the convener picks a time (issue 10
// item 4): each invited user's other meetings that overlap, and the family's
// load that week. Both inform, neither blocks: the sources warn against
// overwhelming the family and tell of the big meeting that turned a case.

export type SlotCheck = {
  conflicts: { userId: string; name: string; startsAt: Date; endsAt: Date }[];
  load: { meetings: number; professionals: number; weekStart: string };
};

/** Monday of the Copenhagen week that holds `day`. */
export function weekStartOf(day: string): string {
  return shiftDay(day, -((weekdayOf(day) + 6) % 7));
}

export async function checkSlot(scope: CaseScope, input: z.output<typeof slotCheckSchema>): Promise<SlotCheck> {
  scope.require("meeting:convene");
  const { db, caseId } = scope;
  const { startsAt, endsAt } = meetingInterval(input);
  const { people } = await caseOrgsAndPeople(scope);
  const nameOf = new Map(people.map((p) => [p.userId, p.name]));
  const busy = await db.$queryRaw<{ userId: string; startsAt: Date; endsAt: Date }[]>`
    SELECT "userId"::text AS "userId", "startsAt", "endsAt"
    FROM app_user_busy(${caseId}::uuid, ${input.userIds}::uuid[], ${startsAt}, ${endsAt})`;
  const weekStart = weekStartOf(input.date);
  const [load] = await db.$queryRaw<{ meetings: bigint; professionals: bigint }[]>`
    SELECT meetings, professionals FROM app_family_load(${caseId}::uuid, ${atCopenhagen(weekStart)}, ${atCopenhagen(shiftDay(weekStart, 7))})`;
  return {
    conflicts: busy.map((b) => ({ ...b, name: nameOf.get(b.userId) ?? "Inviteret" })),
    load: { meetings: Number(load?.meetings ?? 0), professionals: Number(load?.professionals ?? 0), weekStart },
  };
}
