#!/usr/bin/env node
// node scripts/next-server.mjs <dev|start> --port N
// Next.js's own server with one addition: a page whose render was shed
// because the database was too busy answers HTTP 503 with Retry-After instead
// of 500 (lib/db/request-state.ts, ADR 0010). Next.js has no way for a page to
// choose that status itself. And a server-action request Next.js could not
// decode or dispatch (a body that is no argument list, an unknown action id)
// answers 400, not 500: every action catches its own errors (safeAction), so
// a 500 there is the request's fault (ADR 0031). Everything else is
// `next dev` / `next start`.
import { AsyncLocalStorage } from "node:async_hooks";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv[2] === "dev";
const portFlag = process.argv.indexOf("--port");
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : process.env.PORT ?? 3000);
const RETRY_AFTER_SECONDS = "5";

const requestState = new AsyncLocalStorage();
globalThis[Symbol.for("samforloeb.requestState")] = requestState;

/**
 * 500 becomes 503 when the request was marked busy before its head went out,
 * and 400 for a server-action request (Next-Action header) the framework failed on.
 */
function mapServerErrors(req, res, state) {
  const writeHead = res.writeHead;
  const isAction = typeof req.headers["next-action"] === "string";
  res.writeHead = function (statusCode, ...rest) {
    if (statusCode === 500 && state.busy) {
      res.statusCode = 503;
      res.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      return writeHead.call(this, 503, ...rest);
    }
    if (statusCode === 500 && isAction) {
      res.statusCode = 400;
      return writeHead.call(this, 400, ...rest);
    }
    return writeHead.call(this, statusCode, ...rest);
  };
}

const app = next({ dev, dir: root, port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();
const server = createServer((req, res) => {
  const state = { busy: false };
  mapServerErrors(req, res, state);
  requestState.run(state, () => handle(req, res));
});
server.listen(port, () => console.log(`▲ Next.js ${dev ? "dev" : "production"} server on http://localhost:${port}`));

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
