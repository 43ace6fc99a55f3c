import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { ownMembersWhere } from "@/lib/access/own-records";
import { hasPermission, type Permission, type Role } from "@/lib/access/roles";
import type { Db } from "@/lib/db";

export type Member = { role: string; user: { id: string; name: string } };

/** The organisation's members with their roles, by name (one query; filter with withPermission). */
export function ownMembers(db: Db, ctx: AccessContext): Promise<Member[]> {
  return db.membership.findMany({
    where: ownMembersWhere(ctx),
    select: { role: true, user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
}

/** The members whose role has `permission`: who a task or a case can go to. */
export function withPermission(members: readonly Member[], permission: Permission): { id: string; name: string }[] {
  return members.filter((m) => hasPermission(m.role as Role, permission)).map((m) => m.user);
}

/** The organisation's members whose role has `permission`, by name. */
export async function colleaguesWith(db: Db, ctx: AccessContext, permission: Permission): Promise<{ id: string; name: string }[]> {
  return withPermission(await ownMembers(db, ctx), permission);
}
