import { describe, expect, it } from "vitest";
import { getCaseDeadlines } from "@/lib/tasks/queries";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { freshTenant, owner, inCase } from "./helpers";

describe("a case's deadlines across organisations", () => {
  it("are hidden without a basis, shown under one, and each read is a disclosure", async () => {
    const kommune = await freshTenant("Frist Kommune");
    const clinic = await freshTenant("Frist Ambulatorium", "JORDEMODER");
    const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Frida", lastName: "Frist" });
    const caseRow = await createCase(owner(), {
      subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user,
      participants: [{ orgId: clinic.org.id, roleOnCase: "Familieambulatorium" }],
    });
    const deadline = await owner().deadline.create({
      data: {
        caseId: caseRow.id, orgId: kommune.org.id, ruleId: "underretning-24t", label: "Vurdering inden 24 timer",
        legalReference: "Barnets Lov § 136", dueAt: new Date(Date.now() + 3_600_000), category: "UNDERRETNING",
      },
    });

    expect((await inCase(clinic.ctx, caseRow.id, getCaseDeadlines)).deadlines).toEqual([]);
    expect(await owner().disclosure.count({ where: { caseId: caseRow.id } })).toBe(0);

    const basis = await owner().sharingBasis.create({
      data: {
        caseId: caseRow.id, recipientOrgId: clinic.org.id, category: "UNDERRETNING", kind: "STATUTORY", statutoryCode: "BL_133",
        reason: "Underretning fra familieambulatoriet", grantedByOrgId: kommune.org.id, grantedByName: kommune.user.name, validFrom: new Date(Date.now() - 1000),
      },
    });
    const seen = await inCase(clinic.ctx, caseRow.id, getCaseDeadlines);
    expect(seen.deadlines.map((d) => d.id)).toEqual([deadline.id]);
    const disclosures = await owner().disclosure.findMany({ where: { caseId: caseRow.id } });
    expect(disclosures).toHaveLength(1);
    expect(disclosures[0]).toMatchObject({
      recordType: "Deadline", recordId: deadline.id, fromOrgId: kommune.org.id, toOrgId: clinic.org.id, basisId: basis.id,
    });

    // The author reading its own deadline is no disclosure.
    await inCase(kommune.ctx, caseRow.id, getCaseDeadlines);
    expect(await owner().disclosure.count({ where: { caseId: caseRow.id } })).toBe(1);
  });
});
