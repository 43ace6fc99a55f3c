import "server-only";
import { randomUUID } from "node:crypto";
import type { AccessContext } from "@/lib/access/context";
import { requirePermission } from "@/lib/access/policy";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { withAccess } from "@/lib/db/with-access";
import type { z } from "@/lib/validation/zod";
import type { catalogueEntrySchema, retireEntrySchema } from "./schemas";

// A kommune's own intervention catalogue entries (issue 11 item 3): its
// administrator adds them and retires them, audited; nobody deletes one (a
// trigger refuses it), so a plan that used an entry keeps its name and basis.

const KOMMUNE_TYPES = ["KOMMUNE_FAMILIE", "KOMMUNE_VOKSEN", "SUNDHEDSPLEJE", "JOBCENTER"];

export async function addCatalogueEntry(ctx: AccessContext, input: z.output<typeof catalogueEntrySchema>): Promise<{ id: string }> {
  requirePermission(ctx, "org:settings");
  return withAccess(ctx, async (db) => {
    const org = await db.organization.findUnique({ where: { id: ctx.orgId }, select: { type: true } });
    if (!org || !KOMMUNE_TYPES.includes(org.type)) throw new ValidationError("Kun en kommunes organisationer kan tilføje egne indsatser til kataloget.");
    const entry = await db.interventionCatalogueEntry.create({
      data: { ...input, code: `K-${randomUUID()}`, kommuneOrgId: ctx.orgId, createdByName: ctx.userName },
      select: { id: true },
    });
    await audit(db, ctx, { action: "plan.catalogue-add", entityType: "InterventionCatalogueEntry", entityId: entry.id, details: { name: input.name } });
    return entry;
  });
}

export async function retireCatalogueEntry(ctx: AccessContext, input: z.output<typeof retireEntrySchema>): Promise<void> {
  requirePermission(ctx, "org:settings");
  await withAccess(ctx, async (db) => {
    // Row-level security limits the update to the organisation's own entries.
    const retired = await db.interventionCatalogueEntry.updateMany({ where: { id: input.entryId, kommuneOrgId: ctx.orgId, retiredAt: null }, data: { retiredAt: new Date() } });
    if (retired.count === 0) throw new ValidationError("Indsatsen findes ikke i jeres katalog, eller den er allerede udfaset.");
    await audit(db, ctx, { action: "plan.catalogue-retire", entityType: "InterventionCatalogueEntry", entityId: input.entryId });
  });
}
