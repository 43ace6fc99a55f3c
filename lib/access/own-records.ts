import { sql } from "@/lib/db/sql";
import type { Prisma } from "@/lib/db/types";
import type { AccessContext } from "./context";

// Records that belong to the acting organisation alone: the persons it
// registered, its tasks and its deadlines. Row-level security says the same
// (person_read, task_read, deadline_read); these keep the app's queries exact.

/** Persons the organisation registered (one person per CPR per organisation). */
export function ownPersonWhere(ctx: AccessContext): Prisma.PersonWhereInput {
  return { ownerOrgId: ctx.orgId };
}

export function ownTaskWhere(ctx: AccessContext): Prisma.TaskWhereInput {
  return { orgId: ctx.orgId };
}

/** ownTaskWhere for raw SQL over "Task" aliased t. */
export function ownTasksSql(ctx: AccessContext): Prisma.Sql {
  return sql`t."orgId" = ${ctx.orgId}::uuid`;
}

export function ownDeadlineWhere(ctx: AccessContext): Prisma.DeadlineWhereInput {
  return { orgId: ctx.orgId };
}

/** The organisation's memberships: its colleagues, e.g. those a task may be assigned to. */
export function ownMembersWhere(ctx: AccessContext): Prisma.MembershipWhereInput {
  return { orgId: ctx.orgId };
}

/** The acting user's own meeting invitations ("Mine møder"); row-level security adds: only while her organisation is on the case. */
export function ownInvitationsWhere(ctx: AccessContext): Prisma.MeetingInviteeWhereInput {
  return { userId: ctx.userId, kind: "PROFESSIONAL" };
}

/** The acting user's own sign-in sessions ("Mine sessioner"); row-level security says the same (user_session_read). */
export function ownSessionsWhere(ctx: AccessContext): Prisma.UserSessionWhereInput {
  return { userId: ctx.userId };
}
