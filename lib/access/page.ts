import "server-only";
import { notFound } from "next/navigation";
import { z } from "@/lib/validation/zod";
import { NotFoundError } from "./errors";

// For pages that take a record id: a malformed id and a record the caller may
// not see both end on the same 404 page (outsiders get 404, never 403).

/** The route's `id` parameter as a uuid, or the 404 page. */
export async function idParamOr404(params: Promise<{ id: string }>): Promise<string> {
  const id = z.guid().safeParse((await params).id);
  if (!id.success) notFound();
  return id.data;
}

/** The loaded record, or the 404 page when the loader says NotFoundError. */
export async function loadOr404<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
