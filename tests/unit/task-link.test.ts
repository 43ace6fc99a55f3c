import { describe, expect, it } from "vitest";
import { taskHref } from "@/lib/tasks/task-link";

describe("where a task leads", () => {
  const base = { meetingId: null, caseId: "c1", rule: null, completedAt: null };
  it("a referat's action opens its meeting", () => {
    expect(taskHref({ ...base, meetingId: "m1" })).toBe("/moeder/m1");
  });
  it("the birth's 'Planlæg udskrivningsmødet' opens the meeting form as an udskrivningskonference, until done", () => {
    expect(taskHref({ ...base, rule: "foedsel-udskrivningsmoede" })).toBe("/sager/c1/moeder/nyt?type=UDSKRIVNINGSKONFERENCE");
    expect(taskHref({ ...base, rule: "foedsel-udskrivningsmoede", completedAt: new Date() })).toBeNull();
  });
  it("other tasks lead nowhere of their own", () => {
    expect(taskHref({ ...base, rule: "underretning-24t" })).toBeNull();
  });
});
