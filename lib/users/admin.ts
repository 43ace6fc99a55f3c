import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { NotFoundError } from "@/lib/access/errors";
import { ownMembersWhere } from "@/lib/access/own-records";
import { requirePermission } from "@/lib/access/policy";
import type { Role } from "@/lib/access/roles";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { withAccess } from "@/lib/db/with-access";
import { sql, type Sql } from "@/lib/db/sql";
import type { Db } from "@/lib/db/types";
import { hashSecretToken, newSecretToken } from "@/lib/auth/secret-token";
import { PASSWORD_LINK_HOURS, passwordLinkUrl } from "./password-token";

// An administrator's user administration of her own organisation (ADR 0033).
// Every change goes through a SECURITY DEFINER function of
// prisma/sql/policies/15-user-admin.sql, which checks the ADMIN membership
// again in the database and touches only this organisation's memberships.

export type OrgUser = { id: string; name: string; email: string; role: Role; active: boolean; totp: boolean };

/** The organisation's users, by name. Audited: names and e-mails of colleagues are personal data. */
export async function listOrgUsers(ctx: AccessContext): Promise<OrgUser[]> {
  requirePermission(ctx, "org:users");
  return withAccess(ctx, async (db) => {
    const members = await db.membership.findMany({
      where: ownMembersWhere(ctx),
      select: { role: true, user: { select: { id: true, name: true, email: true, deactivatedAt: true, totpEnabledAt: true } } },
      orderBy: { user: { name: "asc" } },
    });
    await audit(db, ctx, { action: "user.list", entityType: "Organization", entityId: ctx.orgId, details: { count: members.length } });
    return members.map(({ role, user }) => ({
      id: user.id, name: user.name, email: user.email, role, active: !user.deactivatedAt, totp: !!user.totpEnabledAt,
    }));
  });
}

/** Runs one admin function; its status word 'not-found' / 'shared' becomes the error the user sees. */
async function adminCall(db: Db, query: Sql): Promise<string> {
  const [row] = await db.$queryRaw<[{ status: string | null }]>(query);
  const status = row?.status ?? "not-found";
  if (status === "not-found") throw new NotFoundError("user");
  if (status === "shared") {
    throw new ValidationError("Brugeren er også medlem af en anden organisation. Kontoen ændres af den organisations administrator; du kan fjerne brugeren fra din egen.");
  }
  return status;
}

function notSelf(ctx: AccessContext, userId: string): void {
  // An administrator who removed or deactivated herself could lock the organisation out of its own administration.
  if (userId === ctx.userId) throw new ValidationError("Du kan ikke ændre din egen adgang. Bed en anden administrator om det.");
}

export async function createOrgUser(ctx: AccessContext, input: { email: string; name: string; role: Role }): Promise<{ userId: string }> {
  requirePermission(ctx, "org:users");
  return withAccess(ctx, async (db) => {
    const [row] = await db.$queryRaw<[{ id: string | null }]>`
      SELECT app_admin_create_user(${input.email}, ${input.name}, ${input.role}::"Role")::text AS id`;
    if (!row?.id) {
      throw new ValidationError("Ret de markerede felter.", { email: ["Der findes allerede en bruger med denne e-mailadresse."] });
    }
    await audit(db, ctx, { action: "user.create", entityType: "User", entityId: row.id, details: { role: input.role } });
    return { userId: row.id };
  });
}

export async function setOrgUserRole(ctx: AccessContext, userId: string, role: Role): Promise<void> {
  requirePermission(ctx, "org:users");
  notSelf(ctx, userId);
  await withAccess(ctx, async (db) => {
    const before = await adminCall(db, sql`SELECT app_admin_set_role(${userId}::uuid, ${role}::"Role") AS status`);
    await audit(db, ctx, { action: "user.role-change", entityType: "User", entityId: userId, details: { from: before, to: role } });
  });
}

export async function removeOrgMembership(ctx: AccessContext, userId: string): Promise<void> {
  requirePermission(ctx, "org:users");
  notSelf(ctx, userId);
  await withAccess(ctx, async (db) => {
    const before = await adminCall(db, sql`SELECT app_admin_remove_membership(${userId}::uuid) AS status`);
    await audit(db, ctx, { action: "user.membership-remove", entityType: "User", entityId: userId, details: { role: before } });
  });
}

/** Deactivation ends every session of the user at once (the database moves her session version and ends her session rows). */
export async function setOrgUserActive(ctx: AccessContext, userId: string, active: boolean): Promise<void> {
  requirePermission(ctx, "org:users");
  notSelf(ctx, userId);
  await withAccess(ctx, async (db) => {
    await adminCall(db, sql`SELECT app_admin_set_active(${userId}::uuid, ${active}) AS status`);
    await audit(db, ctx, { action: active ? "user.reactivate" : "user.deactivate", entityType: "User", entityId: userId });
  });
}

/**
 * A one-time set-password link, valid PASSWORD_LINK_HOURS. Shown once on the
 * administrator's screen (no mail is configured); only its hash is stored.
 */
export async function makePasswordLink(ctx: AccessContext, userId: string, now = new Date()): Promise<{ url: string; expiresAt: string }> {
  requirePermission(ctx, "org:users");
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_HOURS * 3_600_000);
  await withAccess(ctx, async (db) => {
    await adminCall(db, sql`SELECT app_admin_password_link(${userId}::uuid, ${hashSecretToken(token)}, ${expiresAt}::timestamptz) AS status`);
    await audit(db, ctx, { action: "user.password-link", entityType: "User", entityId: userId, details: { expiresAt: expiresAt.toISOString() } });
  });
  return { url: passwordLinkUrl(token), expiresAt: expiresAt.toISOString() };
}

export async function resetOrgUserTotp(ctx: AccessContext, userId: string): Promise<void> {
  requirePermission(ctx, "org:users");
  await withAccess(ctx, async (db) => {
    await adminCall(db, sql`SELECT app_admin_reset_totp(${userId}::uuid) AS status`);
    await audit(db, ctx, { action: "user.totp-reset", entityType: "User", entityId: userId });
  });
}
