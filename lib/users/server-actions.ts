"use server";

// Server-action entry points for user administration and "Mine sessioner" (ADR 0033).
import { revalidatePath } from "next/cache";
import { runHandled, safeAction } from "@/lib/actions/safe-action";
import { fieldErrorsOf, type ActionResult } from "@/lib/actions/result";
import { createOrgUser, makePasswordLink, removeOrgMembership, resetOrgUserTotp, setOrgUserActive, setOrgUserRole } from "./admin";
import { redeemPasswordLink } from "./password-token";
import { createUserSchema, enrolTotpSchema, sessionRefSchema, setActiveSchema, setPasswordSchema, setRoleSchema, userRefSchema, type SetPasswordInput } from "./schemas";
import { enrolOwnTotp } from "./own-totp";
import { endOwnSession } from "./sessions";

const USERS_PAGE = "/indstillinger/brugere";

function thenRevalidate<T>(path: string, result: T): T {
  revalidatePath(path);
  return result;
}

export const createUserAction = safeAction(createUserSchema, async (ctx, input) =>
  thenRevalidate(USERS_PAGE, await createOrgUser(ctx, input)));

export const setRoleAction = safeAction(setRoleSchema, async (ctx, input) =>
  thenRevalidate(USERS_PAGE, await setOrgUserRole(ctx, input.userId, input.role)));

export const removeMembershipAction = safeAction(userRefSchema, async (ctx, input) =>
  thenRevalidate(USERS_PAGE, await removeOrgMembership(ctx, input.userId)));

export const setActiveAction = safeAction(setActiveSchema, async (ctx, input) =>
  thenRevalidate(USERS_PAGE, await setOrgUserActive(ctx, input.userId, input.active)));

export const passwordLinkAction = safeAction(userRefSchema, (ctx, input) => makePasswordLink(ctx, input.userId));

export const resetTotpAction = safeAction(userRefSchema, async (ctx, input) =>
  thenRevalidate(USERS_PAGE, await resetOrgUserTotp(ctx, input.userId)));

export const endSessionAction = safeAction(sessionRefSchema, async (ctx, input) =>
  thenRevalidate("/sessioner", await endOwnSession(ctx, input.sessionId)));

// No revalidation: the page would re-render as "slået til" and take the recovery codes off the screen before she saw them.
export const enrolTotpAction = safeAction(enrolTotpSchema, (ctx, input) => enrolOwnTotp(ctx, input.totpSealed, input.totpCode));

/** The set-password page's action: no session (the link is the credential), so not a safeAction. */
export async function setPasswordAction(input: SetPasswordInput): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const parsed = setPasswordSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: "VALIDATION", message: "Ret de markerede felter.", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  const { token, password, totpSealed, totpCode } = parsed.data;
  return runHandled(() => redeemPasswordLink(token, password, { sealed: totpSealed, code: totpCode }));
}
