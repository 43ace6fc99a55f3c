import "server-only";
import { z } from "@/lib/validation/zod";
import type { AccessContext } from "@/lib/access/context";
import { NotFoundError } from "@/lib/access/errors";
import { getAccessContext } from "@/lib/auth/context";

/**
 * A GET route handler for the signed-in user: the session (401 without) and
 * the loader's NotFoundError (404: outsiders learn nothing) answered the same
 * way everywhere.
 */
export async function sessionRoute(respond: (ctx: AccessContext) => Promise<Response>): Promise<Response> {
  const ctx = await getAccessContext();
  if (!ctx) return new Response("Log ind igen.", { status: 401 });
  try {
    return await respond(ctx);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Ikke fundet", { status: 404 });
    throw error;
  }
}

/** The same on one record id; a malformed id is 404 too. */
export async function idRoute(
  params: Promise<{ id: string }>,
  respond: (ctx: AccessContext, id: string) => Promise<Response>,
): Promise<Response> {
  const id = z.guid().safeParse((await params).id);
  return sessionRoute(async (ctx) => {
    if (!id.success) throw new NotFoundError("id");
    return respond(ctx, id.data);
  });
}
