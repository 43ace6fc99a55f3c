import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { ownMembersWhere } from "@/lib/access/own-records";
import { hasPermission, type Permission, type Role } from "@/lib/access/roles";
import type { Db } from "@/lib/db";

/** The organisation's members whose role has `permission`, by name: who a task or a case can go to. */
export async function colleaguesWith(db: Db, ctx: AccessContext, permission: Permission): Promise<{ id: string; name: string }[]> {
  const members = await db.membership.findMany({
    where: ownMembersWhere(ctx),
    select: { role: true, user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return members.filter((m) => hasPermission(m.role as Role, permission)).map((m) => m.user);
}
