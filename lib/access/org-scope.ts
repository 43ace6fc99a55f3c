import "server-only";
import { withAccess } from "@/lib/db/with-access";
import type { Db } from "@/lib/db/types";
import { ownOrg, RECEIVING_ORG_TYPE, type OwnOrg } from "@/lib/orgs/org";
import type { AccessContext } from "./context";
import { hasPermission } from "./roles";

// The organisation-wide counterpart of the case scope (ADR 0009): a page that
// lists the organisation's own work (underretninger, opgaver) opens ONE
// transaction, reads the organisation's type and calendar once, and hands
// this scope to every loader.

export type OrgScope = {
  readonly db: Db;
  readonly ctx: AccessContext;
  readonly org: OwnOrg;
  /** The acting user triages underretninger here: the role may, and the organisation is a familieafdeling (BL §§ 136-137). */
  readonly receivesReports: boolean;
};

export async function openOrgScope(db: Db, ctx: AccessContext): Promise<OrgScope> {
  const org = await ownOrg(db, ctx);
  return { db, ctx, org, receivesReports: hasPermission(ctx.role, "concern-report:triage") && org.type === RECEIVING_ORG_TYPE };
}

export function withOrgScope<T>(ctx: AccessContext, fn: (scope: OrgScope) => Promise<T>): Promise<T> {
  return withAccess(ctx, async (db) => fn(await openOrgScope(db, ctx)));
}
