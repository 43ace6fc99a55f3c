import "server-only";
import { deleteExpiredRateLimits } from "@/lib/http/rate-limit";
import { defineJob } from "./job";

/** Rate-limit counters live minutes; this keeps the table to the current windows (ADR 0031). */
export const rateLimitCleanup = defineJob({
  name: "rate-limit-cleanup",
  cron: "25 * * * *",
  description: "Sletter udløbne tællere for hastighedsbegrænsning",
  handler: async ({ db, now }) => ({ deleted: await deleteExpiredRateLimits(db, now) }),
});
