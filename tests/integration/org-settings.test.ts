// The samarbejdsaftale as organisation settings (ADR 0022), as the runtime
// role: an administrator changes her own organisation's agreement (other
// settings kept, one audit row naming what changed); anyone else is refused
// and nothing changes; no one changes another organisation's settings, not
// even by raw SQL; and the owner's agreement decides the terminsmøde clock.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/access/errors";
import { createCase } from "@/lib/cases/actions";
import { createCaseSchema } from "@/lib/cases/schemas";
import { atCopenhagen, copenhagenDay, shiftDay } from "@/lib/domain/calendar";
import { DEFAULT_MEETING_AGREEMENT, meetingAgreementSchema, type MeetingAgreement } from "@/lib/domain/meetings/agreement";
import { loadOwnAgreement, saveOwnAgreement } from "@/lib/orgs/agreement";
import { loadOwnPrevalence, saveOwnPrevalence } from "@/lib/orgs/prevalence";
import { DEFAULT_NATIONAL_PER_YEAR, prevalenceFormSchema } from "@/lib/domain/dashboard/expected";
import { contextFor, createOrg, createUser } from "@/tests/fixtures/factories";
import { DUMMY_PASSWORD_HASH, freshTenant, owner, rawAsRuntime, type Tenant } from "./helpers";

let admin: Tenant;
let caseworker: Tenant["ctx"];
let otherAdmin: Tenant;

const settingsOf = async (orgId: string) => (await owner().organization.findUniqueOrThrow({ where: { id: orgId } })).settings as Record<string, unknown>;
const withNotice = (days: number): MeetingAgreement => ({
  ...DEFAULT_MEETING_AGREEMENT,
  noticeDays: { ...DEFAULT_MEETING_AGREEMENT.noticeDays, KOORDINATIONSMOEDE: days },
});

beforeAll(async () => {
  admin = await freshTenant("Aftale Ambulatorium", "ADMIN", "FAMILIEAMBULATORIUM");
  await owner().organization.update({ where: { id: admin.org.id }, data: { settings: { calendar: { juleaftensdag: true } } } });
  const user = await createUser(owner(), { passwordHash: DUMMY_PASSWORD_HASH, memberships: [{ orgId: admin.org.id, role: "SAGSBEHANDLER" }] });
  caseworker = contextFor(user, admin.org, "SAGSBEHANDLER");
  otherAdmin = await freshTenant("Aftale Kommune", "ADMIN");
});

describe("an administrator", () => {
  it("reads the defaults, saves a change, keeps the other settings and writes one audit row with what changed", async () => {
    expect(await loadOwnAgreement(admin.ctx)).toEqual(DEFAULT_MEETING_AGREEMENT);
    const result = await saveOwnAgreement(admin.ctx, meetingAgreementSchema.parse({ ...withNotice(10), terminMeetingWeeksBeforeTermin: 8 }));
    expect(result.changed.sort()).toEqual(["noticeDays.KOORDINATIONSMOEDE", "terminMeetingWeeksBeforeTermin"]);

    const settings = await settingsOf(admin.org.id);
    expect(settings.calendar).toEqual({ juleaftensdag: true });
    expect(settings.meetings).toMatchObject({ noticeDays: { KOORDINATIONSMOEDE: 10 }, terminMeetingWeeksBeforeTermin: 8 });
    expect((await loadOwnAgreement(admin.ctx)).noticeDays.KOORDINATIONSMOEDE).toBe(10);

    const rows = await owner().auditEvent.findMany({ where: { orgId: admin.org.id, action: "org.settings.update" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      userId: admin.user.id, entityType: "Organization", entityId: admin.org.id, caseId: null, personId: null,
      details: { key: "meetings", changes: { "noticeDays.KOORDINATIONSMOEDE": { from: 7, to: 10 }, terminMeetingWeeksBeforeTermin: { from: 10, to: 8 } } },
    });
  });

  it("changes only her own organisation", async () => {
    expect(await settingsOf(otherAdmin.org.id)).toEqual({});
    await saveOwnAgreement(otherAdmin.ctx, withNotice(3));
    expect((await settingsOf(otherAdmin.org.id)).meetings).toMatchObject({ noticeDays: { KOORDINATIONSMOEDE: 3 } });
    expect((await loadOwnAgreement(admin.ctx)).noticeDays.KOORDINATIONSMOEDE).toBe(10);
  });
});

describe("refusals", () => {
  it("a sagsbehandler is refused, in the app and in the database, and nothing changes", async () => {
    const before = await settingsOf(admin.org.id);
    const audits = await owner().auditEvent.count({ where: { orgId: admin.org.id, action: "org.settings.update" } });
    await expect(saveOwnAgreement(caseworker, withNotice(1))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(loadOwnAgreement(caseworker)).rejects.toBeInstanceOf(ForbiddenError);
    // A context claiming ADMIN does not help: the database checks the membership.
    await expect(saveOwnAgreement({ ...caseworker, role: "ADMIN" }, withNotice(1))).rejects.toThrow(/refused/);
    await expect(rawAsRuntime(caseworker, `SELECT app_update_org_settings('meetings', '{}'::jsonb)`)).rejects.toThrow(/refused/);
    expect(await settingsOf(admin.org.id)).toEqual(before);
    expect(await owner().auditEvent.count({ where: { orgId: admin.org.id, action: "org.settings.update" } })).toBe(audits);
  });

  it("one organisation's administrator cannot change another's, through the function or by raw SQL", async () => {
    const before = await settingsOf(admin.org.id);
    // The function only ever changes the current organisation; posing as the other one fails the membership check.
    await expect(saveOwnAgreement({ ...otherAdmin.ctx, orgId: admin.org.id, orgName: admin.org.name }, withNotice(1))).rejects.toThrow(/refused/);
    await expect(
      rawAsRuntime(otherAdmin.ctx, `UPDATE "Organization" SET settings = '{"meetings":{}}'::jsonb WHERE id = $1::uuid`, admin.org.id),
    ).rejects.toThrow(/permission denied/);
    await expect(
      rawAsRuntime(otherAdmin.ctx, `UPDATE "Organization" SET settings = '{}'::jsonb WHERE id = $1::uuid`, otherAdmin.org.id),
    ).rejects.toThrow(/permission denied/);
    expect(await settingsOf(admin.org.id)).toEqual(before);
  });

  it("the function changes no other key than the agreement's and the calendar's, and only to an object", async () => {
    await expect(rawAsRuntime(admin.ctx, `SELECT app_update_org_settings('type', '{}'::jsonb)`)).rejects.toThrow(/refused/);
    await expect(rawAsRuntime(admin.ctx, `SELECT app_update_org_settings('meetings', '7'::jsonb)`)).rejects.toThrow(/refused/);
    const outsider = await createOrg(owner());
    const stranger = contextFor(admin.user, outsider, "ADMIN");
    await expect(rawAsRuntime(stranger, `SELECT app_update_org_settings('meetings', '{}'::jsonb)`)).rejects.toThrow(/refused/);
    expect(await settingsOf(outsider.id)).toEqual({});
  });
});

describe("the prevalence figures", () => {
  it("an administrator saves them (other settings kept, one audit row); a sagsbehandler is refused; bad input is refused in Danish", async () => {
    expect((await loadOwnPrevalence(admin.ctx)).nationalPerYear).toBe(DEFAULT_NATIONAL_PER_YEAR);
    const input = prevalenceFormSchema.parse({ nationalPerYear: 1149, nationalPopulation: 5_990_000, kommunePopulation: Number.NaN });
    expect(input.kommunePopulation).toBeNull();
    await saveOwnPrevalence(admin.ctx, { ...input, kommunePopulation: 122_000 });
    expect(await loadOwnPrevalence(admin.ctx)).toEqual({ nationalPerYear: 1149, nationalPopulation: 5_990_000, kommunePopulation: 122_000 });
    expect((await settingsOf(admin.org.id)).calendar).toEqual({ juleaftensdag: true });
    const audits = await owner().auditEvent.findMany({ where: { orgId: admin.org.id, action: "org.settings.update" } });
    expect(audits.at(-1)?.details).toMatchObject({ key: "prevalence", changes: { nationalPerYear: { from: 1150, to: 1149 }, kommunePopulation: { from: null, to: 122_000 } } });
    const before = await settingsOf(admin.org.id);
    await expect(saveOwnPrevalence(caseworker, input)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await settingsOf(admin.org.id)).toEqual(before);
    const bad = prevalenceFormSchema.safeParse({ nationalPerYear: 0, nationalPopulation: 1.5, kommunePopulation: 10 });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.message)).toEqual(["Det nationale tal skal være mindst 1", "Skriv Danmarks befolkning som et helt tal"]);
  });
});

describe("the owner's agreement decides the terminsmøde clock", () => {
  it("a case opened with a termin by the familieambulatorium gets the terminsmøde at termin minus its 8 weeks, in MOEDER", async () => {
    const user = await createUser(owner(), { passwordHash: DUMMY_PASSWORD_HASH, memberships: [{ orgId: admin.org.id, role: "LEDER" }] });
    const termin = shiftDay(copenhagenDay(new Date()), 150);
    const { id } = await createCase(contextFor(user, admin.org, "LEDER"), createCaseSchema.parse({ kind: "GRAVID", cpr: "0808951234", firstName: "Tine", lastName: "Termin", termin }));
    const clock = await owner().deadline.findFirstOrThrow({ where: { caseId: id, ruleId: "terminsmoede" } });
    expect(clock).toMatchObject({ orgId: admin.org.id, category: "MOEDER", legalReference: "Samarbejdsaftale (ikke lovkrav)", kind: "DUE" });
    expect(copenhagenDay(clock.dueAt)).toBe(shiftDay(termin, -56));
    expect(clock.dueAt.getTime()).toBeGreaterThanOrEqual(atCopenhagen(shiftDay(termin, -56)).getTime());
    expect(await owner().task.count({ where: { sourceKind: "DEADLINE", sourceId: clock.id, category: "MOEDER" } })).toBe(1);
  });
});
