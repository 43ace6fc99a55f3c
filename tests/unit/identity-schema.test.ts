// "CPR ukendt" (ADR 0017): the same rules in "Ny sag" and the underretning
// intake. A CPR, or a name and at least one thing to recognise her by.
import { describe, expect, it } from "vitest";
import { createCaseSchema } from "@/lib/cases/schemas";
import { IDENTITY_MISSING_MESSAGE } from "@/lib/persons/identity";
import { editStamdataSchema, mergeCasesSchema, setCprSchema } from "@/lib/stamdata/schemas";
import { createReportSchema, type CreateReportInput } from "@/lib/underretninger/schemas";

const gravid = { kind: "GRAVID" as const, firstName: "Sara", lastName: "Ukendt", termin: "" };

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("Ny sag with CPR ukendt", () => {
  it("still needs a valid CPR when the box is not ticked", () => {
    expect(issues(createCaseSchema.safeParse({ ...gravid, cpr: "" }))).toEqual({ cpr: "CPR-nummeret skal have 10 cifre" });
  });

  it("names what is missing when neither CPR nor anything to recognise her by is given", () => {
    const result = issues(createCaseSchema.safeParse({ ...gravid, cprUnknown: true, cpr: "" }));
    expect(result).toEqual({ cprUnknown: IDENTITY_MISSING_MESSAGE });
    expect(IDENTITY_MISSING_MESSAGE).toMatch(/fødselsdato, termin, adresse eller beskrivelse/);
  });

  it.each([
    ["a birth date", { birthDate: "1998-04-02" }],
    ["a termin", { termin: "2099-06-01" }],
    ["an address", { address: "Vestergade 1, Vejle" }],
    ["the reporter's description", { description: "Ca. 25 år, kæresten hedder Mads" }],
  ])("accepts a name and %s, and stores no CPR", (_label, extra) => {
    const parsed = createCaseSchema.parse({ ...gravid, cprUnknown: true, cpr: "typed then hidden", ...extra });
    expect(parsed).toMatchObject({ kind: "GRAVID", cpr: null, firstName: "Sara" });
  });

  it("still needs the name without a CPR", () => {
    expect(issues(createCaseSchema.safeParse({ ...gravid, firstName: " ", cprUnknown: true, address: "Vejle" }))).toEqual({ firstName: "Skriv fornavn" });
  });

  it("refuses a birth date in the future", () => {
    expect(issues(createCaseSchema.safeParse({ ...gravid, cprUnknown: true, birthDate: "2999-01-01" }))).toEqual({
      birthDate: "Fødselsdatoen skal ligge mellem 1900 og i dag",
    });
  });

  it("drops the fields shown only without a CPR when the CPR is given", () => {
    const parsed = createCaseSchema.parse({ ...gravid, cpr: "010190-1234", address: "Vejle", description: "x" });
    expect(parsed).toMatchObject({ cpr: "0101901234", address: null, description: null, birthDate: null });
  });
});

describe("the intake with CPR ukendt", () => {
  const report: CreateReportInput = {
    idempotencyKey: "3f1c2d9e-8a4b-4c6d-9e0f-1a2b3c4d5e6f", reporterKind: "PRIVATPERSON", reporterName: "Nabo", reporterOrgId: "",
    reporterOrganisation: "", reporterProfession: "", reporterContact: "", channel: "TELEFON", receivedAt: "2026-03-29T01:30",
    about: "GRAVID", cprUnknown: true, cpr: "", firstName: "Sara", lastName: "Ukendt", termin: "", observations: "Set og hørt",
    substances: "", exposure: "", womanInformed: "UKENDT", copyGiven: "UKENDT", publicEmployee: false,
  };

  it("names what is missing, and accepts the reporter's description of who she is", () => {
    expect(issues(createReportSchema.safeParse(report))).toEqual({ cprUnknown: IDENTITY_MISSING_MESSAGE });
    const parsed = createReportSchema.parse({ ...report, description: "Bor over naboen, ca. 20 år" });
    expect(parsed).toMatchObject({ cpr: null, description: "Bor over naboen, ca. 20 år", address: null });
  });

  it("counts the termin of an unborn child as something to recognise her by", () => {
    expect(createReportSchema.parse({ ...report, about: "UFOEDT_BARN", termin: "2099-01-01" })).toMatchObject({ cpr: null });
  });
});

describe("the stamdata forms", () => {
  const caseId = "3f1c2d9e-8a4b-4c6d-9e0f-1a2b3c4d5e6f";

  it("validate the CPR with the CPR rules and normalise it", () => {
    expect(setCprSchema.parse({ caseId, cpr: "010190-1234" }).cpr).toBe("0101901234");
    expect(issues(setCprSchema.safeParse({ caseId, cpr: "310290-1234" }))).toEqual({ cpr: "CPR-nummerets dato findes ikke" });
    expect(issues(mergeCasesSchema.safeParse({ caseId, cpr: "010190-1234", targetCaseId: "x" }))).toEqual({ targetCaseId: "Vælg sagen, der skal lægges sammen med" });
  });

  it("need a name and read an empty termin as none", () => {
    expect(editStamdataSchema.parse({ caseId, firstName: "Sara", lastName: "Hansen", termin: "" }).termin).toBeNull();
    expect(issues(editStamdataSchema.safeParse({ caseId, firstName: "", lastName: "Hansen", termin: "1.2.2026" }))).toEqual({
      firstName: "Skriv fornavn", termin: "Skriv terminen som dd.mm.åååå",
    });
  });
});
