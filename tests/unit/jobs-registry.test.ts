import { describe, expect, it } from "vitest";
import { jobsMode } from "@/lib/jobs/in-app";
import { JOBS } from "@/lib/jobs/registry";

describe("job registry", () => {
  it("has unique pg-boss queue names and five-field crons", () => {
    const names = JOBS.map((job) => job.name);
    expect(new Set(names).size).toBe(names.length);
    for (const job of JOBS) {
      expect(job.name).toMatch(/^[a-z0-9]+([-_][a-z0-9]+)*$/);
      if (job.cron) expect(job.cron.trim().split(/\s+/)).toHaveLength(5);
      expect(job.description.length).toBeGreaterThan(0);
    }
    expect(names).toContain("task-reminders");
  });
});

describe("where jobs run", () => {
  it("in this process only when asked for; anything else is off", () => {
    expect(jobsMode({ SAMFORLOEB_JOBS: "in-process" })).toBe("in-process");
    expect(jobsMode({ SAMFORLOEB_JOBS: "worker" })).toBe("worker");
    expect(jobsMode({})).toBe("off");
    expect(jobsMode({ SAMFORLOEB_JOBS: "yes" })).toBe("off");
  });
});
