import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { MEETING_TYPE_INFO, MEETING_TYPES } from "@/lib/domain/meetings/types";
import { scheduleMeetingSchema, videoUrlSchema } from "@/lib/meetings/schemas";
import { meetingInterval, meetingWhenOf } from "@/lib/meetings/when";

describe("the meeting-type catalogue", () => {
  it("lists exactly the database enum's types, each with a label and a positive default length", () => {
    const schema = readFileSync("prisma/schema.prisma", "utf8");
    const enumBody = /enum MeetingType \{([^}]*)\}/.exec(schema)?.[1] ?? "";
    expect([...MEETING_TYPES].sort()).toEqual(enumBody.split(/\s+/).filter(Boolean).sort());
    for (const t of MEETING_TYPES) {
      expect(MEETING_TYPE_INFO[t].label.length).toBeGreaterThan(0);
      expect(MEETING_TYPE_INFO[t].defaultMinutes).toBeGreaterThanOrEqual(15);
    }
  });
  it("the familierådsmøde is for professionals only, the netværksmøde invites sundhedsplejen", () => {
    expect(MEETING_TYPE_INFO.FAMILIERAADSMOEDE.citizenPresent).toBe(false);
    expect(MEETING_TYPE_INFO.NETVAERKSMOEDE.requiredOrgTypes).toContain("SUNDHEDSPLEJE");
  });
});

describe("meeting times", () => {
  it("reads the form's day and 24-hour time as Copenhagen time, in winter and summer, and back", () => {
    expect(meetingInterval({ date: "2027-01-15", time: "10:00", durationMinutes: 60 }).startsAt.toISOString()).toBe("2027-01-15T09:00:00.000Z");
    const summer = meetingInterval({ date: "2027-07-15", time: "10:00", durationMinutes: 90 });
    expect(summer.startsAt.toISOString()).toBe("2027-07-15T08:00:00.000Z");
    expect(meetingWhenOf(summer.startsAt, summer.endsAt)).toEqual({ date: "2027-07-15", time: "10:00", durationMinutes: 90 });
  });
});

describe("meeting form rules", () => {
  const base = {
    caseId: "0b7e7e3a-1d7c-4c55-9a57-1c8f6f3e9a01", idempotencyKey: "0b7e7e3a-1d7c-4c55-9a57-1c8f6f3e9a02", type: "KOORDINATIONSMOEDE",
    date: "2027-01-15", time: "10:00", durationMinutes: 60, place: "Rådhuset", professionals: [], externals: [], citizen: true,
  };
  const errors = (input: object) => {
    const r = scheduleMeetingSchema.safeParse(input);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
  };
  it("accepts its own output (the form submits parsed values)", () => {
    const parsed = scheduleMeetingSchema.parse(base);
    expect(scheduleMeetingSchema.parse(parsed)).toEqual(parsed);
  });
  it("gives Danish errors for no invitee, no place, a bad time and an http video link", () => {
    expect(errors({ ...base, citizen: false })).toMatchObject({ professionals: "Invitér mindst én deltager" });
    expect(errors({ ...base, place: "" })).toMatchObject({ place: "Skriv et mødested eller et videolink" });
    expect(errors({ ...base, time: "25:00" })).toMatchObject({ time: expect.stringContaining("tt:mm") });
    expect(videoUrlSchema.safeParse("http://møde.dk").success).toBe(false);
    expect(videoUrlSchema.safeParse("https://video.region.dk/m/123").success).toBe(true);
  });
  it("refuses the same person twice", () => {
    const p = { orgId: "0b7e7e3a-1d7c-4c55-9a57-1c8f6f3e9a03", userId: "0b7e7e3a-1d7c-4c55-9a57-1c8f6f3e9a04" };
    expect(errors({ ...base, professionals: [p, p] })).toMatchObject({ "professionals.1.userId": "Personen er inviteret to gange" });
  });
});
