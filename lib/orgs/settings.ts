import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { requirePermission } from "@/lib/access/policy";
import { audit } from "@/lib/audit/write";
import { withAccess } from "@/lib/db/with-access";

// The acting organisation's own settings pages (ADR 0022): only an
// administrator reads them here or changes them. One writer for every key:
// app_update_org_settings changes only that key of this organisation's
// settings and checks the ADMIN membership again in the database.

/** The acting organisation's raw settings, for a settings page to read its key from. */
export async function loadOwnSettings(ctx: AccessContext): Promise<unknown> {
  requirePermission(ctx, "org:settings");
  return withAccess(ctx, async (db) => {
    const org = await db.organization.findUnique({ where: { id: ctx.orgId }, select: { settings: true } });
    return org?.settings ?? null;
  });
}

/**
 * Writes one key (its value already validated) and one audit row naming what
 * changed, from and to: `changesOf` gets the key's previous value, read under
 * the row lock. Settings hold numbers and organisation types, no personal data.
 */
export async function saveOwnSetting<T>(
  ctx: AccessContext,
  key: string,
  value: T,
  changesOf: (before: unknown) => Record<string, { from: number | string | null; to: number | string | null }>,
): Promise<{ changed: string[] }> {
  requirePermission(ctx, "org:settings");
  return withAccess(ctx, async (db) => {
    const [{ before }] = await db.$queryRaw<[{ before: unknown }]>`
      SELECT app_update_org_settings(${key}, ${JSON.stringify(value)}::jsonb) AS before`;
    const changes = changesOf(before);
    await audit(db, ctx, { action: "org.settings.update", entityType: "Organization", entityId: ctx.orgId, details: { key, changes } });
    return { changed: Object.keys(changes) };
  });
}
