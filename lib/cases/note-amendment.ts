import "server-only";
import type { z } from "@/lib/validation/zod";
import type { AccessContext } from "@/lib/access/context";
import { withCaseScope, type CaseScope } from "@/lib/access/case-scope";
import { NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { isUniqueViolation } from "@/lib/db/idempotent";
import type { amendNoteSchema } from "./schemas";

type AmendNote = z.output<typeof amendNoteSchema>;

const alreadyAmended = () => new ValidationError("Notatet er allerede rettet eller annulleret. Genindlæs siden.");

/**
 * Corrects or annuls a note with a reason (issue 9 item 5). Notes are
 * insert-only: the original stays as it was, in the case history; a
 * correction is a new note with the same category (so the same organisations
 * read it) linked from the amendment. Only the author organisation amends;
 * one that merely reads the note gets ForbiddenError, one that cannot read it
 * NotFoundError. A note is amended once: a racing second amendment hits the
 * unique noteId and is refused, outside the aborted transaction.
 */
export async function amendNote(ctx: AccessContext, input: AmendNote): Promise<{ id: string; replacementNoteId: string | null }> {
  try {
    return await withCaseScope(ctx, input.caseId, (scope) => amendInScope(scope, input));
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyAmended();
    throw error;
  }
}

async function amendInScope(scope: CaseScope, input: AmendNote) {
  const { db, ctx, caseId } = scope;
  const note = await db.note.findFirst({
    where: { id: input.noteId, ...scope.notes() },
    select: { id: true, authorOrgId: true, category: true, amendment: { select: { id: true } } },
  });
  if (!note) throw new NotFoundError("note");
  scope.require("note:amend", { ownerOrgId: note.authorOrgId });
  if (note.amendment) throw alreadyAmended();
  const replacement = input.kind === "CORRECTED"
    ? await db.note.create({
      data: { caseId, authorOrgId: ctx.orgId, authorUserId: ctx.userId, authorName: ctx.userName, category: note.category, text: input.text! },
      select: { id: true },
    })
    : null;
  const amendment = await db.noteAmendment.create({
    data: {
      noteId: note.id, kind: input.kind, reason: input.reason, replacementNoteId: replacement?.id ?? null,
      byOrgId: ctx.orgId, byUserId: ctx.userId, byName: ctx.userName,
    },
    select: { id: true },
  });
  await audit(db, ctx, {
    action: input.kind === "CORRECTED" ? "note.correct" : "note.annul", entityType: "Note", entityId: note.id, caseId,
    details: { replacementNoteId: replacement?.id ?? null },
  });
  return { id: amendment.id, replacementNoteId: replacement?.id ?? null };
}
