import "server-only";

/** Prisma's P2002, checked by shape: app code does not import the generated client (ADR 0002). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Create-once by idempotency key: a repeated key (double submit, retry after a
 * lost answer) returns the first row, and two racing creates are settled by
 * the unique index, the loser returning the winner's row.
 */
export async function idempotent<T>(find: () => Promise<T | null>, create: () => Promise<T>): Promise<T> {
  const before = await find();
  if (before) return before;
  try {
    return await create();
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await find();
      if (winner) return winner;
    }
    throw error;
  }
}
