import { describe, expect, it } from "vitest";
import { copenhagenTime as cph } from "@/lib/domain/calendar";
import {
  agreementChanges,
  DEFAULT_MEETING_AGREEMENT,
  meetingAgreementOf,
  meetingAgreementSchema,
  type MeetingAgreement,
} from "@/lib/domain/meetings/agreement";
import { coordinationMeetingLine, noticeCheck, terminMeetingDue } from "@/lib/domain/meetings/notice";

const agreement = meetingAgreementOf({});
const koordination = (startsAt: Date, now: Date, a: MeetingAgreement = agreement) =>
  noticeCheck({ type: "KOORDINATIONSMOEDE", caseKind: "GRAVID", startsAt, now, agreement: a });

describe("meetingAgreementOf", () => {
  it("gives the samarbejdsaftale's defaults for missing settings", () => {
    for (const settings of [undefined, null, {}, { meetings: null }, "x", 42, []]) {
      expect(meetingAgreementOf(settings)).toEqual(DEFAULT_MEETING_AGREEMENT);
    }
    expect(agreement.noticeDays.KOORDINATIONSMOEDE).toBe(7);
    expect(agreement.noticeDays.NETVAERKSMOEDE).toBe(14);
    expect(agreement).toMatchObject({
      childNetworkNoticeDays: 28,
      minCoordinationMeetingsInPregnancy: 2,
      terminMeetingWeeksBeforeTermin: 10,
      defaultConvenerOrgType: "FAMILIEAMBULATORIUM",
    });
  });

  it("keeps good values and replaces each bad one by its own default, never throwing", () => {
    const a = meetingAgreementOf({
      calendar: { juleaftensdag: true },
      meetings: {
        noticeDays: { KOORDINATIONSMOEDE: 10, NETVAERKSMOEDE: -1, TERMINSMOEDE: "7", UDSKRIVNINGSKONFERENCE: 1.5 },
        childNetworkNoticeDays: 999,
        minCoordinationMeetingsInPregnancy: 3,
        terminMeetingWeeksBeforeTermin: null,
        defaultConvenerOrgType: "NOT_A_TYPE",
        unknown: "ignored",
      },
    });
    expect(a.noticeDays.KOORDINATIONSMOEDE).toBe(10);
    expect(a.noticeDays.NETVAERKSMOEDE).toBe(14);
    expect(a.noticeDays.TERMINSMOEDE).toBe(7);
    expect(a.noticeDays.UDSKRIVNINGSKONFERENCE).toBe(0);
    expect(a).toMatchObject({ childNetworkNoticeDays: 28, minCoordinationMeetingsInPregnancy: 3, terminMeetingWeeksBeforeTermin: 10, defaultConvenerOrgType: "FAMILIEAMBULATORIUM" });
    expect(a).not.toHaveProperty("unknown");
    expect(meetingAgreementOf({ meetings: { noticeDays: "bad" } }).noticeDays).toEqual(DEFAULT_MEETING_AGREEMENT.noticeDays);
  });

  it("does not share the defaults object with callers", () => {
    const a = meetingAgreementOf({});
    a.noticeDays.KOORDINATIONSMOEDE = 99;
    expect(meetingAgreementOf({}).noticeDays.KOORDINATIONSMOEDE).toBe(7);
  });
});

describe("meetingAgreementSchema (the settings form)", () => {
  const valid = structuredClone(DEFAULT_MEETING_AGREEMENT) as MeetingAgreement;

  it("accepts the defaults and a changed value", () => {
    expect(meetingAgreementSchema.parse(valid)).toEqual(valid);
    expect(meetingAgreementSchema.parse({ ...valid, noticeDays: { ...valid.noticeDays, KOORDINATIONSMOEDE: 10 } }).noticeDays.KOORDINATIONSMOEDE).toBe(10);
  });

  it("refuses negative, fractional, too large, missing or unknown values with Danish messages", () => {
    const issues = (input: unknown) => {
      const r = meetingAgreementSchema.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    expect(issues({ ...valid, noticeDays: { ...valid.noticeDays, KOORDINATIONSMOEDE: -1 } })).toEqual([
      "noticeDays.KOORDINATIONSMOEDE: Skriv et helt antal dage fra 0 til 90",
    ]);
    expect(issues({ ...valid, childNetworkNoticeDays: 2.5 })).toEqual(["childNetworkNoticeDays: Skriv et helt antal dage fra 0 til 90"]);
    expect(issues({ ...valid, terminMeetingWeeksBeforeTermin: 0 })).toEqual(["terminMeetingWeeksBeforeTermin: Skriv et helt antal uger fra 1 til 30"]);
    expect(issues({ ...valid, minCoordinationMeetingsInPregnancy: Number.NaN })).toEqual(["minCoordinationMeetingsInPregnancy: Skriv et helt antal møder fra 0 til 10"]);
    expect(issues({ ...valid, defaultConvenerOrgType: "X" })).toEqual(["defaultConvenerOrgType: Vælg en organisationstype fra listen"]);
    expect(issues({ ...valid, extra: 1 })).toHaveLength(1);
    const { noticeDays, ...withoutNotice } = valid;
    expect(noticeDays).toBeDefined();
    expect(issues(withoutNotice)).toHaveLength(1);
  });
});

describe("agreementChanges (the audit row's details)", () => {
  it("lists only the changed keys, flat, with old and new values", () => {
    const after = { ...agreement, noticeDays: { ...agreement.noticeDays, KOORDINATIONSMOEDE: 10 }, terminMeetingWeeksBeforeTermin: 12 };
    expect(agreementChanges(agreement, after)).toEqual({
      "noticeDays.KOORDINATIONSMOEDE": { from: 7, to: 10 },
      terminMeetingWeeksBeforeTermin: { from: 10, to: 12 },
    });
    expect(agreementChanges(agreement, agreement)).toEqual({});
  });
});

describe("noticeCheck: Copenhagen calendar days", () => {
  it("7 days' notice is met on the same weekday a week later, at any time of day", () => {
    const now = cph(2026, 11, 4, 16); // Wednesday 16:00
    expect(koordination(cph(2026, 11, 11, 8), now)).toMatchObject({ required: 7, met: true, rule: "Samarbejdsaftalen kræver 7 dages varsel" });
    const short = koordination(cph(2026, 11, 10, 23, 59), now);
    expect(short.met).toBe(false);
    expect(short.metFrom).toEqual(cph(2026, 11, 11, 0));
  });

  it("counts the Copenhagen day, not the UTC day, of now and of the start", () => {
    // 23:30 UTC on 3 November is already 4 November in Copenhagen.
    const now = new Date("2026-11-03T23:30:00Z");
    expect(koordination(cph(2026, 11, 11, 0, 30), now).met).toBe(true);
    expect(koordination(cph(2026, 11, 10, 23, 30), now).met).toBe(false);
  });

  it("is not shortened by the March DST change (166 hours can be 7 calendar days)", () => {
    const now = cph(2026, 3, 25, 10); // Wednesday before the last Sunday of March (29 March)
    const startsAt = cph(2026, 4, 1, 9);
    expect((startsAt.getTime() - now.getTime()) / 3_600_000).toBe(166);
    const check = koordination(startsAt, now);
    expect(check.met).toBe(true);
    expect(koordination(cph(2026, 3, 31, 23), now).met).toBe(false);
    // metFrom is Copenhagen midnight in summer time: 22:00 UTC.
    expect(check.metFrom.toISOString()).toBe("2026-03-31T22:00:00.000Z");
  });

  it("is not lengthened by the October DST change (168 hours can be only 6 calendar days)", () => {
    const now = cph(2026, 10, 21, 0, 30); // Wednesday before the last Sunday of October (25 October)
    const week = new Date(now.getTime() + 168 * 3_600_000);
    // 168 real hours later the Copenhagen wall clock shows 23:30 on the 27th: 6 days.
    expect(week).toEqual(cph(2026, 10, 27, 23, 30));
    expect(koordination(week, now).met).toBe(false);
    expect(koordination(cph(2026, 10, 28, 0, 15), now).met).toBe(true);
    // metFrom is Copenhagen midnight in winter time: 23:00 UTC.
    expect(koordination(week, now).metFrom.toISOString()).toBe("2026-10-27T23:00:00.000Z");
  });

  it("counts holidays like any other day (dages varsel, not hverdages)", () => {
    // Easter 2027: skærtorsdag 25 March to 2. påskedag 29 March lie inside the week.
    const now = cph(2027, 3, 23, 9);
    expect(koordination(cph(2027, 3, 30, 9), now).met).toBe(true);
    // Christmas: 14 days for a netværksmøde from 18 December is 1 January, nytårsdag included.
    const net = noticeCheck({ type: "NETVAERKSMOEDE", caseKind: "GRAVID", startsAt: cph(2027, 1, 1, 10), now: cph(2026, 12, 18, 12), agreement });
    expect(net).toMatchObject({ required: 14, met: true });
  });

  it("child-phase netværksmøder need 4 weeks; the same type in a pregnancy needs 14 days", () => {
    const now = cph(2026, 6, 1, 9);
    const startsAt = cph(2026, 6, 20, 9);
    const child = noticeCheck({ type: "NETVAERKSMOEDE", caseKind: "BARN", startsAt, now, agreement });
    expect(child).toMatchObject({ required: 28, met: false, rule: "Samarbejdsaftalen kræver 28 dages varsel" });
    expect(child.metFrom).toEqual(cph(2026, 6, 29, 0));
    expect(noticeCheck({ type: "NETVAERKSMOEDE", caseKind: "GRAVID", startsAt, now, agreement })).toMatchObject({ required: 14, met: true });
  });

  it("follows the organisation's own agreement, and a bad setting falls back to the default", () => {
    const now = cph(2026, 11, 4, 16);
    const eightDays = cph(2026, 11, 12, 10);
    expect(koordination(eightDays, now, meetingAgreementOf({ meetings: { noticeDays: { KOORDINATIONSMOEDE: 10 } } })).met).toBe(false);
    expect(koordination(eightDays, now, meetingAgreementOf({ meetings: { noticeDays: { KOORDINATIONSMOEDE: -3 } } }))).toMatchObject({ required: 7, met: true });
  });

  it("with no notice required, is met now, and says so", () => {
    const now = cph(2026, 11, 4, 16);
    const check = noticeCheck({ type: "UDSKRIVNINGSKONFERENCE", caseKind: "BARN", startsAt: cph(2026, 11, 4, 17), now, agreement });
    expect(check).toMatchObject({ required: 0, met: true, rule: "Samarbejdsaftalen kræver intet varsel" });
    expect(check.metFrom).toEqual(now);
    const oneDay = meetingAgreementOf({ meetings: { noticeDays: { UDSKRIVNINGSKONFERENCE: 1 } } });
    expect(noticeCheck({ type: "UDSKRIVNINGSKONFERENCE", caseKind: "BARN", startsAt: now, now, agreement: oneDay }).rule).toBe("Samarbejdsaftalen kræver 1 dags varsel");
  });
});

describe("terminMeetingDue and coordinationMeetingLine", () => {
  it("is termin minus the agreement's weeks, in calendar days across DST", () => {
    expect(terminMeetingDue("2026-06-10", agreement)).toBe("2026-04-01"); // across the March change
    expect(terminMeetingDue("2027-01-05", agreement)).toBe("2026-10-27"); // across the October change
    expect(terminMeetingDue("2026-06-10", meetingAgreementOf({ meetings: { terminMeetingWeeksBeforeTermin: 8 } }))).toBe("2026-04-15");
    expect(terminMeetingDue("2026-06-10", meetingAgreementOf({ meetings: { terminMeetingWeeksBeforeTermin: "ti" } }))).toBe("2026-04-01");
  });

  it("states the count against the agreement's minimum", () => {
    expect(coordinationMeetingLine(1, agreement)).toBe("Koordinationsmøder i graviditeten: 1 af mindst 2");
    expect(coordinationMeetingLine(0, meetingAgreementOf({ meetings: { minCoordinationMeetingsInPregnancy: 3 } }))).toBe("Koordinationsmøder i graviditeten: 0 af mindst 3");
  });
});
