import "server-only";
import { SEAL_BATCH, sealAuditLog } from "@/lib/audit/seal";
import { defineJob, type JobContext } from "./job";

/** Runs of audit_seal per job run at most: a backlog (after downtime) is worked off over a few runs. */
const MAX_BATCHES = 20;

/**
 * Seals the audit rows committed since the last run into the hash chain
 * (ADR 0011). Requests only insert; this is the one writer of the chain.
 * Each batch is its own short transaction.
 */
export async function sealAudit({ db }: Pick<JobContext, "db">): Promise<{ sealed: number }> {
  let sealed = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const n = await sealAuditLog(db);
    sealed += n;
    if (n < SEAL_BATCH) break;
  }
  return { sealed };
}

export const auditSeal = defineJob({
  name: "audit-seal",
  // pg-boss schedules at most once a minute: rows wait at most about a minute for their seal.
  cron: "* * * * *",
  description: "Forsegler nye audit-hændelser i hash-kæden",
  handler: (ctx) => sealAudit(ctx),
});
