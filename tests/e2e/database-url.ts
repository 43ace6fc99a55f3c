// Where the e2e server keeps its data, for the config and for tests that
// must reach the database directly (tests/e2e/overload.spec.ts).

/** "<TEST_DATABASE_URL's database>_e2e" on the same server, same credentials. */
export function e2eDatabaseUrl(testDatabaseUrl: string): string {
  const url = new URL(testDatabaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!name)
    throw new Error(
      "TEST_DATABASE_URL must name a database, e.g. postgresql://postgres@127.0.0.1:5432/samforloeb_test",
    );
  const e2eName = `${name}_e2e`;
  // PostgreSQL silently truncates longer identifiers: the URL would then name another database.
  if (Buffer.byteLength(e2eName) > 63)
    throw new Error(
      `e2e database name "${e2eName}" is longer than 63 bytes: shorten TEST_DATABASE_URL's database name`,
    );
  url.pathname = `/${encodeURIComponent(e2eName)}`;
  return url.toString();
}
