// "Registrér fødsel": the unborn child becomes a person with a BARN case
// linked to the mother's; the exposure summary copies only what the kommune
// may read; the child's case starts shared with nobody.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/access/errors";
import { registerBirth } from "@/lib/births/actions";
import { registerBirthSchema } from "@/lib/births/schemas";
import { getCase } from "@/lib/cases/queries";
import { recordStatutoryBasis } from "@/lib/consents/actions";
import { workingDaysBetween } from "@/lib/domain/calendar";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { freshTenant, owner, rawAsRuntime, type Tenant, act, inCase } from "./helpers";

let kommune: Tenant;
let ambulatorium: Tenant;
let outsider: Tenant;
let motherCaseId: string;
let unbornCaseId: string;

const yesterday = new Date(Date.now() - 86_400_000);
const pad = (n: number) => String(n).padStart(2, "0");
const birthDate = yesterday.toISOString().slice(0, 10);
const childCpr = `${pad(yesterday.getUTCDate())}${pad(yesterday.getUTCMonth() + 1)}${pad(yesterday.getUTCFullYear() % 100)}4${String(Date.now() % 1000).padStart(3, "0")}`;

beforeAll(async () => {
  kommune = await freshTenant("Kommune");
  ambulatorium = await freshTenant("Familieambulatorium", "JORDEMODER", "FAMILIEAMBULATORIUM");
  outsider = await freshTenant("Udenfor");
  const mother = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Mette", lastName: "Testesen", cpr: "0101901234" });
  motherCaseId = (await createCase(owner(), {
    subjectId: mother.id, responsibleOrgId: kommune.org.id, byUser: kommune.user, participants: [{ orgId: ambulatorium.org.id, roleOnCase: "Familieambulatorium" }],
  })).id;
  const unborn = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Ufødt barn af", lastName: "Mette Testesen", motherId: mother.id, termin: yesterday });
  unbornCaseId = (await createCase(owner(), { subjectId: unborn.id, responsibleOrgId: kommune.org.id, byUser: kommune.user, kind: "BARN", motherCaseId })).id;
  for (const [t, text] of [[kommune, "Kommunens rusmiddelnotat"], [ambulatorium, "Ambulatoriets rusmiddelnotat"]] as const) {
    await owner().note.create({ data: { caseId: motherCaseId, authorOrgId: t.org.id, authorUserId: t.user.id, authorName: t.user.name, category: "RUSMIDDEL", text } });
  }
});

describe("registering a birth", () => {
  it("refuses a CPR that does not match the birth date, outsiders and participants", async () => {
    expect(registerBirthSchema.safeParse({ caseId: motherCaseId, birthDate: "2020-01-01", childCpr }).error?.issues[0]?.message)
      .toBe("CPR-nummeret passer ikke med fødselsdatoen");
    const input = registerBirthSchema.parse({ caseId: motherCaseId, birthDate, childCpr });
    await expect(act(outsider.ctx, registerBirth, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(act(ambulatorium.ctx, registerBirth, input)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await owner().caseFile.findUniqueOrThrow({ where: { id: unbornCaseId }, include: { subject: true } })).subject.isUnborn).toBe(true);
  });

  it("turns the unborn child into a person on the linked BARN case, with tasks and a scoped exposure summary", async () => {
    // The familieambulatorium shares its RUSMIDDEL notes with the kommune (SUL § 43, stk. 2).
    await act(ambulatorium.ctx, recordStatutoryBasis, { caseId: motherCaseId, code: "SUL_43_2", recipientOrgId: kommune.org.id, categories: ["RUSMIDDEL"], reason: "Barnets sikkerhed ved fødslen" });
    const { childCaseId } = await act(kommune.ctx, registerBirth, registerBirthSchema.parse({ caseId: motherCaseId, birthDate, childCpr, firstName: "Liv" }));
    expect(childCaseId).toBe(unbornCaseId);
    const child = await owner().caseFile.findUniqueOrThrow({ where: { id: childCaseId }, include: { subject: true, notes: true, tasks: true, bases: true, participants: true } });
    expect(child).toMatchObject({ kind: "BARN", motherCaseId, subject: { isUnborn: false, firstName: "Liv", lastName: "Testesen" } });
    expect(child.subject.cprCiphertext).toBeTruthy();
    expect(child.tasks.map((t) => t.title).sort()).toEqual(["Planlæg udskrivningsmødet", "Underret sundhedsplejen om fødslen"]);
    // From the rule table, linked to the child, due 1 and 2 working days after registration.
    for (const task of child.tasks) {
      expect(task).toMatchObject({ sourceKind: "BIRTH", sourceId: child.subjectId });
      expect(workingDaysBetween(task.createdAt, task.dueAt!)).toBe(task.rule === "foedsel-underret-sundhedspleje" ? 1 : 2);
    }
    expect(child.bases).toEqual([]);
    expect(child.participants).toEqual([]);
    expect(child.notes).toHaveLength(1);
    expect(child.notes[0]!.text).toContain("Kommunens rusmiddelnotat");
    expect(child.notes[0]!.text).toContain("Ambulatoriets rusmiddelnotat");
    expect(child.notes[0]!.text).toContain("aktivt samtykke eller en hjemmel");
    // Reading the ambulatorium's note for the summary is a disclosure.
    expect(await owner().disclosure.count({ where: { caseId: motherCaseId, toOrgId: kommune.org.id, fromOrgId: ambulatorium.org.id } })).toBe(1);
    const mother = await inCase(kommune.ctx, motherCaseId, getCase);
    expect(mother.childCaseIds).toContain(childCaseId);
  });

  it("the familieambulatorium cannot see the child's case until it is added and a basis is recorded", async () => {
    await expect(inCase(ambulatorium.ctx, unbornCaseId, getCase)).rejects.toBeInstanceOf(NotFoundError);
    expect(await rawAsRuntime(ambulatorium.ctx, `SELECT id FROM "CaseFile" WHERE id = $1::uuid`, unbornCaseId)).toEqual([]);
    await owner().caseParticipant.create({ data: { caseId: unbornCaseId, orgId: ambulatorium.org.id, roleOnCase: "Familieambulatorium", addedByUserId: kommune.user.id } });
    const shell = await inCase(ambulatorium.ctx, unbornCaseId, getCase);
    expect(shell).toMatchObject({ notes: [], subject: { name: "Navn ikke delt" } });
  });

  it("registering the same child twice is refused", async () => {
    await expect(act(kommune.ctx, registerBirth, registerBirthSchema.parse({ caseId: motherCaseId, birthDate, childCpr }))).rejects.toThrow(/allerede registreret/);
  });
});
