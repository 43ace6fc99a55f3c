import "server-only";
import type { z } from "@/lib/validation/zod";
import type { AccessContext } from "@/lib/access/context";
import { ForbiddenError, NotFoundError, notFoundMessage } from "@/lib/access/errors";
import { getAccessContext } from "@/lib/auth/context";
import { SERVICE_BUSY_MESSAGE, ServiceBusyError } from "@/lib/db/busy";
import { fieldErrorsOf, ValidationError, type ActionResult } from "./result";

/**
 * The one way to build a server action: session -> verified AccessContext
 * (never from the client) -> zod validation with the form's own schema ->
 * handler. Access failures map to the same answers everywhere: an outsider
 * gets NOT_FOUND, never a hint that the record exists.
 */
export function safeAction<S extends z.ZodType, T>(
  schema: S,
  handler: (ctx: AccessContext, input: z.output<S>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    const ctx = await getAccessContext();
    if (!ctx) return { ok: false, code: "UNAUTHENTICATED", message: "Din session er udløbet. Log ind igen." };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, code: "VALIDATION", message: "Ret de markerede felter.", fieldErrors: fieldErrorsOf(parsed.error) };
    }
    return runHandled(() => handler(ctx, parsed.data), ctx.requestId);
  };
}

/** What may be logged about an unexpected error: its kind and code, never its message or arguments. */
export function errorSummary(error: unknown, requestId?: string): { name: string; code?: string; requestId?: string } {
  const name = error instanceof Error ? error.name : typeof error;
  const code = typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : undefined;
  return {
    name,
    ...(typeof code === "string" || typeof code === "number" ? { code: String(code) } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

export async function runHandled<T>(fn: () => Promise<T>, requestId?: string): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    if (error instanceof NotFoundError) return { ok: false, code: "NOT_FOUND", message: notFoundMessage(error) };
    if (error instanceof ForbiddenError) return { ok: false, code: "FORBIDDEN", message: "Din rolle giver ikke adgang til denne handling." };
    if (error instanceof ServiceBusyError) return { ok: false, code: "BUSY", message: SERVICE_BUSY_MESSAGE };
    if (error instanceof ValidationError) {
      return { ok: false, code: "VALIDATION", message: error.message, fieldErrors: error.fieldErrors };
    }
    // Never the error itself: Prisma errors print query arguments (note text, names, CPR).
    console.error("server action failed", errorSummary(error, requestId));
    return { ok: false, code: "ERROR", message: "Noget gik galt, og intet blev gemt. Prøv igen." };
  }
}
