import "server-only";
import { notFound } from "next/navigation";
import { z } from "@/lib/validation/zod";

const idsSchema = z.object({ id: z.guid(), planId: z.guid() });

/** A plan page's case id, plan id and optional ?version=, or the 404 page for a malformed id. */
export async function planPageParams(params: Promise<{ id: string; planId: string }>, searchParams: Promise<{ version?: string }>) {
  const ids = idsSchema.safeParse(await params);
  if (!ids.success) notFound();
  return { caseId: ids.data.id, planId: ids.data.planId, versionId: z.guid().safeParse((await searchParams).version).data };
}
