// Each organisation names its own people on a case (issue 9 item 2): a
// participant its contact person, the tovholder organisation the tovholder,
// always one of its own members; nobody else can, and outsiders get
// NotFoundError with nothing changed.
import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { appointCoordinator } from "@/lib/participants/actions";
import { nameOwnContact, nameTovholder } from "@/lib/participants/own-people";
import { getCoordination } from "@/lib/participants/queries";
import { createCase, createPerson, createUser } from "@/tests/fixtures/factories";
import { act, DUMMY_PASSWORD_HASH, freshTenant, inCase, owner, rawAsRuntime } from "./helpers";

async function world() {
  const kommune = await freshTenant("Kommune");
  const rusmiddel = await freshTenant("Rusmiddelcenter", "BEHANDLER", "RUSMIDDELCENTER");
  const outsider = await freshTenant("Udenfor", "BEHANDLER", "RUSMIDDELCENTER");
  const colleague = await createUser(owner(), { name: "Bo Behandler", passwordHash: DUMMY_PASSWORD_HASH, memberships: [{ orgId: rusmiddel.org.id, role: "BEHANDLER" }] });
  const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Mette", lastName: "Testesen", cpr: "0101901234" });
  const caseFile = await createCase(owner(), {
    subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user, participants: [{ orgId: rusmiddel.org.id, roleOnCase: "Rusmiddelbehandling" }],
  });
  return { kommune, rusmiddel, outsider, colleague, caseId: caseFile.id };
}

const rows = async (caseId: string) => ({
  participants: await owner().caseParticipant.findMany({ where: { caseId }, orderBy: { orgId: "asc" } }),
  caseFile: await owner().caseFile.findUniqueOrThrow({ where: { id: caseId } }),
  coordinators: await owner().coordinatorAssignment.findMany({ where: { caseId }, orderBy: { fromAt: "asc" } }),
});

describe("naming one's own people on a case", () => {
  it("a participant names a colleague as its contact with a phone; every organisation on the case sees the name", async () => {
    const w = await world();
    await act(w.rusmiddel.ctx, nameOwnContact, { caseId: w.caseId, userId: w.colleague.id, contactPhone: "76 81 00 00" });
    const row = await owner().caseParticipant.findFirstOrThrow({ where: { caseId: w.caseId, orgId: w.rusmiddel.org.id } });
    expect(row).toMatchObject({ contactUserId: w.colleague.id, contactName: "Bo Behandler", contactPhone: "76 81 00 00", roleOnCase: "Rusmiddelbehandling" });
    expect((await inCase(w.rusmiddel.ctx, w.caseId, getCoordination)).ownContact).toEqual({ contactUserId: w.colleague.id, contactPhone: "76 81 00 00" });
    expect(await owner().auditEvent.count({ where: { caseId: w.caseId, action: "participant.name-contact" } })).toBe(1);
  });

  it("refuses a user of another organisation, the responsible organisation and outsiders, and changes nothing", async () => {
    const w = await world();
    const before = await rows(w.caseId);
    await expect(act(w.rusmiddel.ctx, nameOwnContact, { caseId: w.caseId, userId: w.kommune.user.id, contactPhone: undefined })).rejects.toBeInstanceOf(ValidationError);
    await expect(act(w.kommune.ctx, nameOwnContact, { caseId: w.caseId, userId: w.kommune.user.id, contactPhone: undefined })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(act(w.outsider.ctx, nameOwnContact, { caseId: w.caseId, userId: w.outsider.user.id, contactPhone: undefined })).rejects.toBeInstanceOf(NotFoundError);
    await expect(act(w.outsider.ctx, nameTovholder, { caseId: w.caseId, userId: w.outsider.user.id })).rejects.toBeInstanceOf(NotFoundError);
    // The rusmiddelcenter is not the tovholder organisation.
    await expect(act(w.rusmiddel.ctx, nameTovholder, { caseId: w.caseId, userId: w.colleague.id })).rejects.toBeInstanceOf(ForbiddenError);
    // Straight at the functions, as the runtime role: an outsider changes nothing either.
    expect(await rawAsRuntime(w.outsider.ctx, `SELECT app_set_own_contact($1::uuid, $2::uuid, 'x') AS ok`, w.caseId, w.outsider.user.id)).toEqual([{ ok: false }]);
    expect(await rawAsRuntime(w.outsider.ctx, `SELECT app_set_coordinator_person($1::uuid, $2::uuid) AS ok`, w.caseId, w.outsider.user.id)).toEqual([{ ok: false }]);
    expect(await rows(w.caseId)).toEqual(before);
  });

  it("the tovholder organisation names the tovholder in person, shown in the hand-over history", async () => {
    const w = await world();
    await act(w.kommune.ctx, appointCoordinator, { caseId: w.caseId, orgId: w.rusmiddel.org.id, handoverNote: "Rusmiddelcentret koordinerer behandlingen", userName: undefined });
    await act(w.rusmiddel.ctx, nameTovholder, { caseId: w.caseId, userId: w.colleague.id });
    const seen = await inCase(w.kommune.ctx, w.caseId, getCoordination);
    expect(seen.coordinator).toMatchObject({ orgId: w.rusmiddel.org.id, userId: w.colleague.id, userName: "Bo Behandler" });
    expect(seen.history[0]).toMatchObject({ userName: "Bo Behandler" });
    expect((await owner().caseFile.findUniqueOrThrow({ where: { id: w.caseId } })).coordinatorUserId).toBe(w.colleague.id);
    // The kommune is no longer tovholder organisation: it cannot name the person.
    await expect(act(w.kommune.ctx, nameTovholder, { caseId: w.caseId, userId: w.kommune.user.id })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
