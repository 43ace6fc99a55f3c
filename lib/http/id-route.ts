import "server-only";
import { z } from "@/lib/validation/zod";
import type { AccessContext } from "@/lib/access/context";
import { NotFoundError } from "@/lib/access/errors";
import { getAccessContext } from "@/lib/auth/context";

/**
 * A GET route handler on one record id: the session (401 without), the id
 * (404 when malformed) and the loader's NotFoundError (404: outsiders learn
 * nothing) answered the same way everywhere.
 */
export async function idRoute(
  params: Promise<{ id: string }>,
  respond: (ctx: AccessContext, id: string) => Promise<Response>,
): Promise<Response> {
  const ctx = await getAccessContext();
  if (!ctx) return new Response("Log ind igen.", { status: 401 });
  const id = z.guid().safeParse((await params).id);
  if (!id.success) return new Response("Ikke fundet", { status: 404 });
  try {
    return await respond(ctx, id.data);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Ikke fundet", { status: 404 });
    throw error;
  }
}
