import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { requirePermission } from "@/lib/access/policy";
import { audit } from "@/lib/audit/write";
import { withAccess } from "@/lib/db/with-access";
import {
  AGREEMENT_SETTINGS_KEY,
  agreementChanges,
  meetingAgreementOf,
  type MeetingAgreement,
} from "@/lib/domain/meetings/agreement";

// The acting organisation's samarbejdsaftale on its settings page (ADR 0022).
// Only an administrator reads it here or changes it; meetings read it through
// meetingAgreementOf(org.settings) of the convening organisation.

/** The acting organisation's agreement, defaults filled in. */
export async function loadOwnAgreement(ctx: AccessContext): Promise<MeetingAgreement> {
  requirePermission(ctx, "org:settings");
  return withAccess(ctx, async (db) => {
    const org = await db.organization.findUnique({ where: { id: ctx.orgId }, select: { settings: true } });
    return meetingAgreementOf(org?.settings);
  });
}

/**
 * Writes the acting organisation's agreement (already validated with
 * meetingAgreementSchema) through app_update_org_settings, which changes only
 * this key of this organisation's settings and checks the ADMIN membership
 * again in the database. The audit row names what changed, from and to:
 * numbers and organisation types, no personal data.
 */
export async function saveOwnAgreement(ctx: AccessContext, agreement: MeetingAgreement): Promise<{ changed: string[] }> {
  requirePermission(ctx, "org:settings");
  return withAccess(ctx, async (db) => {
    const [{ before }] = await db.$queryRaw<[{ before: unknown }]>`
      SELECT app_update_org_settings(${AGREEMENT_SETTINGS_KEY}, ${JSON.stringify(agreement)}::jsonb) AS before`;
    const changes = agreementChanges(meetingAgreementOf({ [AGREEMENT_SETTINGS_KEY]: before }), agreement);
    await audit(db, ctx, {
      action: "org.settings.update", entityType: "Organization", entityId: ctx.orgId,
      details: { key: AGREEMENT_SETTINGS_KEY, changes },
    });
    return { changed: Object.keys(changes) };
  });
}
