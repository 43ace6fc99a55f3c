// Issue 13 item 7: a consent valid from today until today is allowed; the
// default end is the end of the day one year on (Europe/Copenhagen); the
// seed's sharing bases end with their consent.
import { beforeAll, describe, expect, it } from "vitest";
import { recordConsent } from "@/lib/consents/actions";
import { lastValidDay, todayIso } from "@/lib/consents/rules";
import { recordConsentSchema } from "@/lib/consents/schemas";
import { addCalendarMonths, atCopenhagen, copenhagenDay, shiftDay } from "@/lib/domain/calendar";
import { seedDemoSharing } from "@/prisma/seed/demo-sharing";
import { WRITTEN_CONSENT_BY_MOTHER } from "@/tests/fixtures/consents";
import { createCase, createPerson } from "@/tests/fixtures/factories";
import { act, freshTenant, owner, type Tenant } from "./helpers";

let kommune: Tenant, jordemoder: Tenant;
let caseId: string;

beforeAll(async () => {
  kommune = await freshTenant("Datoer Kommune");
  jordemoder = await freshTenant("Datoer Region", "JORDEMODER", "FAMILIEAMBULATORIUM");
  const person = await createPerson(owner(), { ownerOrgId: kommune.org.id, firstName: "Dato", lastName: "Testesen", cpr: "0303901234" });
  caseId = (await createCase(owner(), {
    subjectId: person.id, responsibleOrgId: kommune.org.id, byUser: kommune.user, participants: [{ orgId: jordemoder.org.id, roleOnCase: "Familieambulatorium" }],
  })).id;
});

const record = (dates: { validFrom?: string; validUntil?: string }) => {
  const input = recordConsentSchema.parse({ ...WRITTEN_CONSENT_BY_MOTHER, caseId, recipientOrgIds: [jordemoder.org.id], categories: ["HELBRED"], ...dates });
  return act(kommune.ctx, recordConsent, input);
};

describe("consent dates", () => {
  it("from today until today is one day's consent, ending at Danish midnight", async () => {
    const today = todayIso();
    const { id } = await record({ validFrom: today, validUntil: today });
    const consent = await owner().consent.findUniqueOrThrow({ where: { id } });
    expect(consent.validUntil).toEqual(atCopenhagen(shiftDay(today, 1)));
    expect(lastValidDay(consent.validUntil)).toBe(today);
    const bases = await owner().sharingBasis.findMany({ where: { consentId: id } });
    expect(bases.every((b) => b.validTo?.getTime() === consent.validUntil.getTime())).toBe(true);
  });

  it("an end before the start is still refused, in Danish", () => {
    const bad = recordConsentSchema.safeParse({ ...WRITTEN_CONSENT_BY_MOTHER, caseId, recipientOrgIds: [jordemoder.org.id], categories: ["HELBRED"], validFrom: "2027-02-02", validUntil: "2027-02-01" });
    expect(bad.error?.issues.find((i) => i.path[0] === "validUntil")?.message).toBe("Gyldig til kan ikke ligge før gyldig fra");
  });

  it("by default runs to the end of the day one year on", async () => {
    const { id } = await record({});
    const consent = await owner().consent.findUniqueOrThrow({ where: { id } });
    const lastDay = copenhagenDay(addCalendarMonths(consent.validFrom, 12));
    expect(consent.validUntil).toEqual(atCopenhagen(shiftDay(lastDay, 1)));
    expect(lastValidDay(consent.validUntil)).toBe(lastDay);
  });
});

describe("the demo seed", () => {
  it("gives each consent-based sharing basis its consent's end date", async () => {
    const party = (t: Tenant) => ({ org: t.org, user: t.user });
    await seedDemoSharing(owner(), { caseId, kommune: party(kommune), clinic: party(jordemoder), now: Date.now() });
    const consent = await owner().consent.findFirstOrThrow({ where: { caseId, givenByName: "Kvinden selv" } });
    const bases = await owner().sharingBasis.findMany({ where: { consentId: consent.id } });
    expect(bases).toHaveLength(4);
    for (const b of bases) expect(b.validTo).toEqual(consent.validUntil);
    expect(lastValidDay(consent.validUntil)).toBe(copenhagenDay(addCalendarMonths(consent.validFrom, 12)));
  });
});
