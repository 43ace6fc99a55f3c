// Participants and the tovholder: only the responsible organisation manages
// them, outsiders get NotFoundError and change nothing, hand-overs keep a
// history with a required note, and leaving a case ends its sharing.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { recordConsent } from "@/lib/consents/actions";
import { addParticipant, appointCoordinator, removeParticipant } from "@/lib/participants/actions";
import { getCoordination } from "@/lib/participants/queries";
import { appointCoordinatorSchema } from "@/lib/participants/schemas";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { freshTenant, owner, rawAsRuntime, type Tenant, act, inCase } from "./helpers";

let kommune: Tenant;
let sundhedspleje: Tenant;
let outsider: Tenant;
let caseId: string;

beforeAll(async () => {
  kommune = await freshTenant("Kommune");
  sundhedspleje = await freshTenant("Sundhedspleje", "SUNDHEDSPLEJERSKE");
  outsider = await freshTenant("Udenfor");
  const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Mette", lastName: "Testesen", cpr: "0101901234" });
  caseId = (await createCase(owner(), { subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user })).id;
});

const participant = () => ({
  caseId, orgId: sundhedspleje.org.id, roleOnCase: "Sundhedspleje", contactName: "Sara Sundhedsplejerske",
  contactPhone: "70 10 10 10", contactEmail: "sara@example.dk", emergencyContact: "Vagttelefon 70 20 20 20",
});

describe("participants and coordinator", () => {
  it("outsiders get NotFoundError for every action and nothing changes", async () => {
    const before = await owner().caseFile.findUniqueOrThrow({ where: { id: caseId }, include: { participants: true, coordinators: true } });
    await expect(act(outsider.ctx, addParticipant, { ...participant(), orgId: outsider.org.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(act(outsider.ctx, removeParticipant, { caseId, orgId: sundhedspleje.org.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(act(outsider.ctx, appointCoordinator, { caseId, orgId: outsider.org.id, handoverNote: "Udefra", userName: undefined })).rejects.toBeInstanceOf(NotFoundError);
    await expect(inCase(outsider.ctx, caseId, getCoordination)).rejects.toBeInstanceOf(NotFoundError);
    expect(await owner().caseFile.findUniqueOrThrow({ where: { id: caseId }, include: { participants: true, coordinators: true } })).toEqual(before);
  });

  it("adds a participant with role, contact and emergency contact; the new participant sees the case", async () => {
    await act(kommune.ctx, addParticipant, participant());
    const row = await owner().caseParticipant.findFirstOrThrow({ where: { caseId, orgId: sundhedspleje.org.id } });
    expect(row).toMatchObject({ roleOnCase: "Sundhedspleje", emergencyContact: "Vagttelefon 70 20 20 20", until: null });
    expect(await rawAsRuntime(sundhedspleje.ctx, `SELECT id FROM "CaseFile" WHERE id = $1::uuid`, caseId)).toHaveLength(1);
    // A participant does not manage who is on the case.
    await expect(act(sundhedspleje.ctx, addParticipant, { ...participant(), orgId: outsider.org.id })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("appoints the tovholder with a required hand-over note and keeps the history", async () => {
    expect(appointCoordinatorSchema.safeParse({ caseId, orgId: sundhedspleje.org.id, handoverNote: " " }).success).toBe(false);
    await expect(act(kommune.ctx, appointCoordinator, { caseId, orgId: outsider.org.id, handoverNote: "Ikke på sagen", userName: undefined })).rejects.toBeInstanceOf(ValidationError);
    await act(kommune.ctx, appointCoordinator, { caseId, orgId: sundhedspleje.org.id, userName: "Sara Sundhedsplejerske", handoverNote: "Barnet er født, sundhedsplejen overtager" });
    await act(kommune.ctx, appointCoordinator, { caseId, orgId: kommune.org.id, userName: undefined, handoverNote: "Tilbage til kommunen efter hjemmebesøg" });
    const view = await inCase(kommune.ctx, caseId, getCoordination);
    expect(view.coordinator?.orgId).toBe(kommune.org.id);
    expect(view.history.map((h) => [h.handoverNote, h.toAt === null])).toEqual([
      ["Tilbage til kommunen efter hjemmebesøg", true],
      ["Barnet er født, sundhedsplejen overtager", false],
    ]);
  });

  it("removing a participant ends its access and revokes its live bases", async () => {
    await act(kommune.ctx, recordConsent, {
      caseId, givenBy: "MOTHER", givenByName: "Mette Testesen", direction: "VIDEREGIVE", recipientOrgIds: [sundhedspleje.org.id],
      categories: ["PLAN"], purpose: "Opfølgning", form: "DIGITALT", evidence: undefined, validFrom: undefined, validUntil: undefined,
    });
    await act(kommune.ctx, removeParticipant, { caseId, orgId: sundhedspleje.org.id });
    await act(kommune.ctx, removeParticipant, { caseId, orgId: sundhedspleje.org.id }); // twice is harmless
    expect(await rawAsRuntime(sundhedspleje.ctx, `SELECT id FROM "CaseFile" WHERE id = $1::uuid`, caseId)).toHaveLength(0);
    expect(await owner().sharingBasis.count({ where: { caseId, recipientOrgId: sundhedspleje.org.id, revokedAt: null } })).toBe(0);
    expect(await owner().auditEvent.count({ where: { caseId, action: "participant.remove" } })).toBe(1);
  });
});
