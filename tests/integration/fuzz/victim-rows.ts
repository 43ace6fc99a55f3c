import { owner } from "../helpers";

// A fingerprint of everything that belongs to one organisation: every row of
// every table whose case, organisation or user column points at it. The fuzz
// test compares it before and after: an attacker's input changed nothing.

type Column = { table_name: string; column_name: string };

const ORG_COLUMN = /org(anization)?Id$/i;

export async function victimFingerprint(victim: { orgId: string; userId: string; caseIds: string[] }): Promise<Record<string, string>> {
  const columns = await owner().$queryRawUnsafe<Column[]>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\\_%' ESCAPE '\\'`,
  );
  const byTable = new Map<string, string[]>();
  for (const { table_name, column_name } of columns) (byTable.get(table_name) ?? byTable.set(table_name, []).get(table_name)!).push(column_name);
  const out: Record<string, string> = {};
  for (const [table, cols] of byTable) {
    const where: string[] = [];
    if (cols.includes("caseId")) where.push(`t."caseId"::text = ANY(v.cases)`);
    for (const col of cols.filter((c) => ORG_COLUMN.test(c))) where.push(`t."${col}"::text = v.org`);
    for (const col of cols.filter((c) => /userId$/i.test(c))) where.push(`t."${col}"::text = v.usr`);
    if (table === "Organization") where.push(`t.id::text = v.org`);
    if (table === "User") where.push(`t.id::text = v.usr`);
    if (table === "CaseFile") where.push(`t.id::text = ANY(v.cases)`);
    if (!where.length) continue;
    const [row] = await owner().$queryRawUnsafe<{ digest: string; n: bigint }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest, count(*) AS n FROM "${table}" t, (SELECT $1::text[] AS cases, $2::text AS org, $3::text AS usr) v WHERE ${where.join(" OR ")}`,
      victim.caseIds, victim.orgId, victim.userId,
    );
    out[table] = `${row!.n}:${row!.digest}`;
  }
  return out;
}
