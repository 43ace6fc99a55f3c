import "server-only";
import type { z } from "@/lib/validation/zod";
import { withCaseScope, type CaseScope } from "@/lib/access/case-scope";
import type { ActionResult } from "./result";
import { safeAction } from "./safe-action";

/**
 * A server action on one case: safeAction (session, zod) and then the case
 * scope of the input's caseId in the request's one transaction. An outsider
 * gets NOT_FOUND before the handler runs (ADR 0009).
 */
export function caseAction<S extends z.ZodType<{ caseId: string }>, T>(
  schema: S,
  handler: (scope: CaseScope, input: z.output<S>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return safeAction(schema, (ctx, input) => withCaseScope(ctx, input.caseId, (scope) => handler(scope, input)));
}
