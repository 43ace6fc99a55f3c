import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// What the page render tells the HTTP server about its request
// (scripts/next-server.mjs). The server creates the store under this global
// key before Next.js loads; the bundled app finds the same one there.
// Next.js lets a page choose 404 but no 503, and a shed request must be a
// 503 (issue 8), so the server turns the 500 of a render that the database
// was too busy for into a 503 with Retry-After.
const KEY = Symbol.for("samforloeb.requestState");

type RequestState = { busy: boolean };

function store(): AsyncLocalStorage<RequestState> | undefined {
  return (globalThis as Record<symbol, AsyncLocalStorage<RequestState> | undefined>)[KEY];
}

/** This request was shed because the database was too busy (ADR 0010). */
export function markRequestBusy(): void {
  const state = store()?.getStore();
  if (state) state.busy = true;
}
