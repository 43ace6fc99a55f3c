/**
 * The database is too busy to answer in time: a statement or the transaction
 * ran past its limit, or no connection was free (ADR 0010). The request is
 * shed with a Danish "prøv igen" (HTTP 503), never a 500.
 */
export class ServiceBusyError extends Error {
  constructor(cause?: unknown) {
    super("the database did not answer in time", { cause });
    this.name = "ServiceBusyError";
  }
}

export const SERVICE_BUSY_MESSAGE = "Systemet er meget travlt lige nu, og intet blev gemt. Vent et øjeblik, og prøv igen.";

// 57014 query_canceled (statement_timeout), 25P03 idle_in_transaction_session_timeout,
// 53300 too_many_connections; P2028 Prisma's transaction timeout or maxWait,
// P2024 Prisma's pool timeout.
const BUSY_CODES = new Set(["57014", "25P03", "53300", "P2028", "P2024"]);

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, meta } = e as { code?: unknown; meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } } };
    for (const value of [code, meta?.code, meta?.driverAdapterError?.cause?.originalCode, meta?.driverAdapterError?.cause?.code]) {
      if (typeof value === "string") codes.push(value);
    }
  }
  return codes;
}

/** Whether `error` says the database was too busy (see BUSY_CODES), in any of the shapes Prisma and pg give it. */
export function isServiceBusy(error: unknown): boolean {
  if (error instanceof ServiceBusyError) return true;
  const message = error instanceof Error ? error.message : "";
  return codesOf(error).some((code) => BUSY_CODES.has(code)) || /statement timeout|canceling statement due to/i.test(message);
}
