import { describe, expect, it } from "vitest";
import { todayIso } from "@/lib/consents/rules";
import { shiftDay } from "@/lib/domain/calendar";
import { addAddendumSchema, minutesActionSchema, saveMinutesSchema } from "@/lib/meetings/minutes/schemas";

// The referat's forms refuse bad input with Danish messages on the right
// fields (issue 10 "Bad input": an action without owner or due date).

const ORG = "11111111-1111-4111-8111-111111111111";
const MEETING = "22222222-2222-4222-8222-222222222222";

const valid = {
  meetingId: MEETING, problem: "Problem", conclusion: "Konklusion", plan: "Plan", roles: "Roller",
  actions: [{ title: "Ring til kommunen", ownerOrgId: ORG, ownerUserId: "", dueOn: shiftDay(todayIso(), 3) }],
  nextMeetingOn: "", attendance: [],
  consentAtStart: { obtained: false, givenBy: "MOTHER" as const, givenByName: "", recipientOrgIds: [], categories: [] },
};

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("the referat schema", () => {
  it("accepts a complete draft and turns empty optional fields into undefined", () => {
    const parsed = saveMinutesSchema.parse(valid);
    expect(parsed.actions[0]).toMatchObject({ ownerUserId: undefined });
    expect(parsed.nextMeetingOn).toBeUndefined();
  });

  it("refuses an action without owner or due date, or due in the past, in Danish", () => {
    expect(errorsOf(minutesActionSchema.safeParse({ title: "Noget", ownerOrgId: "", dueOn: "" }))).toEqual({
      ownerOrgId: "Vælg den ansvarlige organisation", dueOn: "Vælg en frist",
    });
    expect(errorsOf(minutesActionSchema.safeParse({ title: " ", ownerOrgId: ORG, dueOn: shiftDay(todayIso(), -1) }))).toEqual({
      title: "Skriv, hvad der skal gøres", dueOn: "Fristen kan ikke ligge i fortiden",
    });
    expect(minutesActionSchema.safeParse({ title: "I dag", ownerOrgId: ORG, dueOn: todayIso() }).success).toBe(true);
  });

  it("requires the four parts of the structure, within their limits", () => {
    const errors = errorsOf(saveMinutesSchema.safeParse({ ...valid, problem: "", conclusion: " ", plan: "x".repeat(5001), roles: "" }));
    expect(errors).toEqual({
      problem: "Skriv den overordnede problemstilling", conclusion: "Skriv konklusion", plan: "Plan må være højst 5.000 tegn", roles: "Skriv roller og ansvar",
    });
  });

  it("puts action errors on the action's own fields", () => {
    const errors = errorsOf(saveMinutesSchema.safeParse({ ...valid, actions: [valid.actions[0], { title: "B", ownerOrgId: "", ownerUserId: "", dueOn: "" }] }));
    expect(errors).toEqual({ "actions.1.ownerOrgId": "Vælg den ansvarlige organisation", "actions.1.dueOn": "Vælg en frist" });
  });

  it("asks for who gave the consent at the start, to whom and for what, only when it was obtained", () => {
    const errors = errorsOf(saveMinutesSchema.safeParse({ ...valid, consentAtStart: { ...valid.consentAtStart, obtained: true } }));
    expect(errors).toEqual({
      "consentAtStart.givenByName": "Skriv navnet på den, der gav samtykket",
      "consentAtStart.recipientOrgIds": "Vælg mindst én organisation",
      "consentAtStart.categories": "Vælg mindst én oplysningskategori",
    });
  });

  it("refuses a next meeting in the past and an empty addendum", () => {
    expect(errorsOf(saveMinutesSchema.safeParse({ ...valid, nextMeetingOn: shiftDay(todayIso(), -2) }))).toEqual({ nextMeetingOn: "Næste møde kan ikke ligge i fortiden" });
    expect(errorsOf(addAddendumSchema.safeParse({ meetingId: MEETING, text: "  " }))).toEqual({ text: "Skriv tillægget" });
  });
});
