import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { hasPermission } from "@/lib/access/roles";
import { withSystem } from "@/lib/db/with-access";

/**
 * The units of the acting organisation's kommune where the user may read the
 * overview (issue 12: a leader in several units of one kommune sees each and
 * their sum), each as the access context that membership gives, the acting
 * one first. Like the session check, the memberships are the database's word
 * (system path), never the cookie's. A unit with no kommune code has no
 * siblings.
 */
export async function overviewUnits(ctx: AccessContext): Promise<AccessContext[]> {
  const memberships = await withSystem(async (db) => {
    const own = await db.organization.findUnique({ where: { id: ctx.orgId }, select: { kommuneCode: true } });
    if (!own?.kommuneCode) return [];
    return db.membership.findMany({
      where: { userId: ctx.userId, org: { kommuneCode: own.kommuneCode } },
      select: { role: true, org: { select: { id: true, name: true } } },
      orderBy: { org: { name: "asc" } },
    });
  });
  const others = memberships
    .filter((m) => m.org.id !== ctx.orgId && hasPermission(m.role, "dashboard:read"))
    .map((m) => ({ ...ctx, orgId: m.org.id, orgName: m.org.name, role: m.role }));
  return [ctx, ...others];
}
