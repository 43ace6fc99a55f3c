// Correcting and annulling a note (issue 9 item 5), as the runtime role: the
// original stays unchanged, a correction is a new note of the same category,
// only the author organisation amends, once, and outsiders get NotFoundError
// with nothing changed.
import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { getCase } from "@/lib/cases/queries";
import { amendNote } from "@/lib/cases/note-amendment";
import { recordConsent } from "@/lib/consents/actions";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { act, freshTenant, inCase, owner, rawAsRuntime } from "./helpers";

async function world() {
  const kommune = await freshTenant("Kommune");
  const clinic = await freshTenant("Familieambulatorium", "JORDEMODER", "FAMILIEAMBULATORIUM");
  const outsider = await freshTenant("Udenfor");
  const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Mette", lastName: "Testesen", cpr: "0101901234" });
  const caseFile = await createCase(owner(), {
    subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user, stage: "UDREDNING",
    participants: [{ orgId: clinic.org.id, roleOnCase: "Deltager" }],
  });
  await act(kommune.ctx, recordConsent, {
    caseId: caseFile.id, givenBy: "MOTHER", givenByName: "Mette Testesen", direction: "VIDEREGIVE", recipientOrgIds: [clinic.org.id],
    categories: ["SOCIALE_FORHOLD"], purpose: "Koordinering af graviditetsforløbet", form: "SKRIFTLIGT", evidence: undefined, validFrom: undefined, validUntil: undefined,
  });
  const note = await owner().note.create({
    data: { caseId: caseFile.id, authorOrgId: kommune.org.id, authorUserId: kommune.user.id, authorName: kommune.user.name, category: "SOCIALE_FORHOLD", text: "Mødt på forkert adresse" },
  });
  return { kommune, clinic, outsider, caseId: caseFile.id, note };
}

const snapshot = async (caseId: string) => ({
  notes: await owner().note.findMany({ where: { caseId }, orderBy: { createdAt: "asc" } }),
  amendments: await owner().noteAmendment.count({ where: { note: { caseId } } }),
});

describe("note amendments", () => {
  it("corrects with a new note of the same category, keeps the original and shows both to a reader with a live basis", async () => {
    const w = await world();
    const done = await amendNote(w.kommune.ctx, { caseId: w.caseId, noteId: w.note.id, kind: "CORRECTED", reason: "Forkert adresse", text: "Mødt på rette adresse" });
    const after = await snapshot(w.caseId);
    expect(after.notes.find((n) => n.id === w.note.id)).toEqual(w.note);
    expect(after.notes.find((n) => n.id === done.replacementNoteId)).toMatchObject({ category: "SOCIALE_FORHOLD", text: "Mødt på rette adresse", authorOrgId: w.kommune.org.id });

    const seen = await inCase(w.clinic.ctx, w.caseId, getCase);
    const original = seen.notes.find((n) => n.id === w.note.id)!;
    expect(original.amendment).toMatchObject({ kind: "CORRECTED", reason: "Forkert adresse" });
    expect(original.canAmend).toBe(false);
    expect(seen.notes.find((n) => n.id === done.replacementNoteId)?.replaces).toEqual({ noteId: w.note.id });
    expect((await owner().auditEvent.findMany({ where: { caseId: w.caseId, action: "note.correct" } })).map((e) => e.entityId)).toEqual([w.note.id]);
  });

  it("annuls once: a second amendment, also a racing one, is refused and changes nothing", async () => {
    const w = await world();
    const input = { caseId: w.caseId, noteId: w.note.id, kind: "ANNULLED" as const, reason: "Skrevet på forkert sag" };
    const raced = await Promise.allSettled([amendNote(w.kommune.ctx, input), amendNote(w.kommune.ctx, input)]);
    expect(raced.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = raced.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(ValidationError);
    await expect(amendNote(w.kommune.ctx, { ...input, kind: "CORRECTED", text: "Ny" })).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot(w.caseId)).toMatchObject({ amendments: 1, notes: [w.note] });
  });

  it("refuses a reader that is not the author, gives outsiders NotFoundError, and RLS refuses a forged row", async () => {
    const w = await world();
    const before = await snapshot(w.caseId);
    const input = { caseId: w.caseId, noteId: w.note.id, kind: "ANNULLED" as const, reason: "Ikke min" };
    await expect(amendNote(w.clinic.ctx, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(amendNote(w.outsider.ctx, input)).rejects.toBeInstanceOf(NotFoundError);
    // The outsider's own case id with the note's id: the note is not on it.
    const own = await createCase(owner(), { subjectId: (await createPerson(owner(), { ownerOrgId: w.outsider.org.id, firstName: "A", lastName: "B", cpr: "0202902345" })).id, responsibleOrgId: w.outsider.org.id, byUser: w.outsider.user });
    await expect(amendNote(w.outsider.ctx, { ...input, caseId: own.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(rawAsRuntime(w.clinic.ctx,
      `INSERT INTO "NoteAmendment" (id, "noteId", kind, reason, "byOrgId", "byUserId", "byName") VALUES (gen_random_uuid(), $1::uuid, 'ANNULLED', 'x', $2::uuid, $3::uuid, 'x')`,
      w.note.id, w.clinic.org.id, w.clinic.user.id)).rejects.toThrow(/row-level security/);
    expect(await snapshot(w.caseId)).toEqual(before);
  });
});
