import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/access/errors";
import { revealCpr } from "@/lib/cases/actions";
import { getCase, listCases } from "@/lib/cases/queries";
import { recordStatutoryBasis } from "@/lib/consents/actions";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { freshTenant, owner, rawAsRuntime, act, inCase } from "./helpers";

// Name and CPR are STAMDATA (ADR 0006): a participant without a STAMDATA basis
// sees the case shell, and the database does not even return the Person row.
describe("stamdata for a participant", () => {
  it("is hidden without a STAMDATA basis, in the app and in the database, and shown with one", async () => {
    const kommune = await freshTenant("Stamdata Kommune");
    const clinic = await freshTenant("Stamdata Klinik", "JORDEMODER", "FAMILIEAMBULATORIUM");
    const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Sigrid", lastName: "Skjult", cpr: "0203924006" });
    const caseRow = await createCase(owner(), {
      subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user,
      participants: [{ orgId: clinic.org.id, roleOnCase: "Familieambulatorium" }],
    });
    const personRows = () => rawAsRuntime(clinic.ctx, `SELECT id FROM "Person" WHERE id = $1::uuid`, person.id);

    const shell = await inCase(clinic.ctx, caseRow.id, getCase);
    expect(shell.subject).toMatchObject({ name: "Navn ikke delt", stamdataShared: false, maskedCpr: null, hasCpr: false });
    expect(shell.permissions.revealCpr).toBe(false);
    await expect(inCase(clinic.ctx, caseRow.id, revealCpr)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await personRows()).toHaveLength(0);
    const listed = await listCases(clinic.ctx, {});
    expect(listed.cases.find((c) => c.id === caseRow.id)?.subject.name).toBe("Navn ikke delt");
    // Acting on the case still works without reading the person.
    await expect(act(clinic.ctx, recordStatutoryBasis, {
      caseId: caseRow.id, code: "SUL_43_2", recipientOrgId: kommune.org.id, categories: ["HELBRED"], reason: "Barnet er i akut fare",
    })).resolves.toMatchObject({ count: 1 });

    await owner().sharingBasis.create({
      data: {
        caseId: caseRow.id, recipientOrgId: clinic.org.id, category: "STAMDATA", kind: "STATUTORY", statutoryCode: "RSL_11C",
        reason: "Børnefaglig undersøgelse", grantedByOrgId: kommune.org.id, grantedByName: kommune.user.name, validFrom: new Date(Date.now() - 1000),
      },
    });
    expect(await personRows()).toHaveLength(1);
    expect((await inCase(clinic.ctx, caseRow.id, getCase)).subject).toMatchObject({ name: "Sigrid Skjult", stamdataShared: true, maskedCpr: "020392-XXXX" });
    expect((await inCase(clinic.ctx, caseRow.id, revealCpr)).cpr).toBe("020392-4006");
  });
});
