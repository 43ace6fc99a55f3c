// The embedded default database: PGlite (PostgreSQL compiled to WebAssembly)
// served over the Postgres wire protocol, so Prisma, pg and psql connect to it
// like to any server (ADR 0001). Plain JS: node scripts and test set-up use it.
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { mkdirSync } from "node:fs";

/**
 * Starts PGlite on a free local port. `dataDir` persists between runs;
 * "memory://" keeps nothing. Returns the connection URL and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir, port = 0, host = "127.0.0.1" } = {}) {
  if (dataDir && !dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? "memory://");
  // PGlite has one backend: the server multiplexes connections onto it,
  // transaction by transaction.
  const server = new PGLiteSocketServer({ db, port, host, maxConnections: 20 });
  await server.start();
  // getServerConn() is "host:port" with the port the OS picked.
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return {
    url,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
