// The intake form's schema: the same Danish field errors in the browser and
// in the server action, and an anonymous reporter leaves no trace.
import { describe, expect, it } from "vitest";
import { createReportSchema, type CreateReportInput } from "@/lib/underretninger/schemas";

const base: CreateReportInput = {
  idempotencyKey: "3f1c2d9e-8a4b-4c6d-9e0f-1a2b3c4d5e6f",
  reporterKind: "FAGPERSON",
  reporterName: "Julie Jordemoder",
  reporterOrgId: "",
  reporterOrganisation: "",
  reporterProfession: "",
  reporterContact: "",
  channel: "TELEFON",
  receivedAt: "2026-03-29T01:30",
  about: "GRAVID",
  cpr: "010190-1234",
  firstName: "Mette",
  lastName: "Testesen",
  termin: "",
  observations: "Set og hørt",
  substances: "",
  exposure: "",
  womanInformed: "UKENDT",
  copyGiven: "NEJ",
  publicEmployee: false,
};

function errors(input: Partial<CreateReportInput>): Record<string, string> {
  const result = createReportSchema.safeParse({ ...base, ...input });
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("createReportSchema", () => {
  it("reads received-at as Copenhagen time and the tri-state answers as booleans", () => {
    const parsed = createReportSchema.parse(base);
    // 29 March 2026 is the DST change: 01:30 is still winter time (UTC+1).
    expect(parsed.receivedAt.toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect([parsed.womanInformed, parsed.copyGiven, parsed.termin, parsed.cpr]).toEqual([null, false, null, "0101901234"]);
  });

  it("drops everything identifying an anonymous reporter", () => {
    const parsed = createReportSchema.parse({ ...base, reporterKind: "ANONYM", reporterContact: "x@y.dk", reporterOrgId: base.idempotencyKey });
    expect(parsed).toMatchObject({ reporterName: null, reporterContact: null, reporterOrgId: null, reporterOrganisation: null });
  });

  it("gives Danish field errors for missing text, future receipt, past termin and impossible CPR dates", () => {
    expect(errors({ observations: " ", receivedAt: "2999-01-01T10:00", about: "UFOEDT_BARN", termin: "2020-05-01", cpr: "300290-1234" })).toEqual({
      observations: "Skriv hvad underretteren har set og hørt",
      receivedAt: "Modtagelsestidspunktet kan ikke ligge i fremtiden",
      termin: "Terminen kan ikke ligge i fortiden for et ufødt barn",
      cpr: "CPR-nummerets dato findes ikke",
    });
    expect(errors({ about: "UFOEDT_BARN" })).toEqual({ termin: "Skriv terminen for det ufødte barn" });
    expect(errors({ reporterName: "" })).toEqual({ reporterName: "Skriv underretterens navn, eller vælg anonym" });
    expect(errors({ receivedAt: "2026-02-30T10:00" })).toEqual({ receivedAt: "Datoen eller klokkeslættet findes ikke" });
    expect(errors({ receivedAt: "2026-02-03T24:10" })).toEqual({ receivedAt: "Datoen eller klokkeslættet findes ikke" });
  });
});
