import "server-only";
import { ownPersonWhere } from "@/lib/access/own-records";
import type { AccessContext } from "@/lib/access/context";
import { audit } from "@/lib/audit/write";
import { startCaseClocks } from "@/lib/deadlines/start";
import type { CaseKind, Db } from "@/lib/db/types";
import { parseCpr } from "@/lib/domain/cpr";
import { dayToDate } from "@/lib/domain/calendar";
import { cprBlindIndex, encryptCpr } from "@/lib/persons/cpr-vault";
import type { Identity } from "@/lib/persons/identity";

// The two steps every way into a case shares (new case, underretning intake,
// birth): find or register the person, open the case in opsporing. Both run
// in the caller's transaction, as the acting organisation.

/** One person per CPR in the organisation: a new course reuses her. */
export async function findOrCreatePerson(
  db: Db,
  ctx: AccessContext,
  input: { cpr: string; firstName: string; lastName: string },
): Promise<{ id: string }> {
  const blindIndex = cprBlindIndex(input.cpr);
  const existing = await db.person.findFirst({ where: { ...ownPersonWhere(ctx), cprBlindIndex: blindIndex }, select: { id: true } });
  if (existing) return existing;
  const parsed = parseCpr(input.cpr);
  return db.person.create({
    data: {
      ownerOrgId: ctx.orgId,
      firstName: input.firstName,
      lastName: input.lastName,
      cprCiphertext: encryptCpr(input.cpr),
      cprBlindIndex: blindIndex,
      birthDate: parsed.ok ? dayToDate(parsed.birthDate) : null,
    },
    select: { id: true },
  });
}

/**
 * The person a new case or report is about: by CPR the organisation's one
 * person with it; without a CPR ("CPR ukendt") always a new person, with
 * what she is recognised by, until a CPR is added (lib/cases/stamdata.ts).
 */
export async function registerPerson(
  db: Db,
  ctx: AccessContext,
  input: Identity & { firstName: string; lastName: string },
): Promise<{ id: string }> {
  if (input.cpr) return findOrCreatePerson(db, ctx, { ...input, cpr: input.cpr });
  return db.person.create({
    data: {
      ownerOrgId: ctx.orgId,
      firstName: input.firstName,
      lastName: input.lastName,
      birthDate: input.birthDate ? dayToDate(input.birthDate) : null,
      address: input.address ?? null,
      description: input.description ?? null,
    },
    select: { id: true },
  });
}

/** Opens a case in opsporing with the organisation as myndighed and tovholder; audited. */
export async function openCase(
  db: Db,
  ctx: AccessContext,
  input: { subjectId: string; kind: CaseKind; termin?: Date | null; motherCaseId?: string; reason: string },
): Promise<{ id: string; stage: "OPSPORING" }> {
  const created = await db.caseFile.create({
    data: {
      subjectId: input.subjectId,
      kind: input.kind,
      termin: input.termin ?? null,
      responsibleOrgId: ctx.orgId,
      coordinatorOrgId: ctx.orgId,
      motherCaseId: input.motherCaseId,
      transitions: {
        create: { toStage: "OPSPORING", reason: input.reason, byUserId: ctx.userId, byName: ctx.userName, orgId: ctx.orgId },
      },
    },
    select: { id: true },
  });
  await audit(db, ctx, { action: "case.create", entityType: "CaseFile", entityId: created.id, caseId: created.id, personId: input.subjectId });
  // A termin gives the earliest day the kommune may decide to place the
  // unborn child (BL § 49: termin minus 3 months), for the kommune only.
  if (input.termin) {
    await startCaseClocks(db, ctx, { caseId: created.id, event: { trigger: "TERMIN_SET", termin: input.termin, setAt: new Date() }, category: "SOCIALE_FORHOLD" });
  }
  return { id: created.id, stage: "OPSPORING" };
}
