import type { Db } from "@/lib/db/types";

/** How many rows one sealing run takes at most: a short transaction, repeated by the job. */
export const SEAL_BATCH = 5000;

/**
 * Seals committed audit rows into the hash chain (ADR 0011). Runs as the
 * owner (the sealing job, scripts, tests): requests only insert.
 * Returns the number of rows sealed.
 */
export async function sealAuditLog(db: Pick<Db, "$queryRaw">, max = SEAL_BATCH): Promise<number> {
  const [row] = await db.$queryRaw<{ sealed: number }[]>`SELECT audit_seal(${max}::int) AS sealed`;
  return row?.sealed ?? 0;
}
