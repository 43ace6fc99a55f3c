// What the benchmark requests, as which demo user: the pages of issue 8,
// with the case, name and CPR taken from the database so they exist at any
// size. Each target names a marker its HTML must contain.
import { cprSearchToken } from "../../lib/cases/cpr-search.ts";
import { decryptCpr } from "../../lib/persons/cpr-vault.ts";

/** A link to a case (not "Ny sag"): the list has rows. */
const CASE_ROW = /href="\/sager\/[0-9a-f]{8}-/;

/** The familieafdeling's caseworker (responsible organisation) sees most. */
export const USERS = [
  { key: "sagsbehandler", email: "sagsbehandler@vejle.demo", orgType: "KOMMUNE_FAMILIE", kommuneCode: "0630" },
];

/** The same kommune's leader: the overview is hers only (ADR 0026). */
const LEADER_EMAIL = "leder@vejle.demo";

export async function findTargets(client, user) {
  const { rows: [row] } = await client.query(
    `SELECT c.id, p."firstName", p."lastName", p."cprCiphertext", m."orgId"
     FROM "User" u
     JOIN "Membership" m ON m."userId" = u.id
     JOIN "CaseFile" c ON c."responsibleOrgId" = m."orgId"
     JOIN "Person" p ON p.id = c."subjectId"
     WHERE u.email = $1 AND c.kind = 'GRAVID' AND c."closedAt" IS NULL AND p."cprCiphertext" IS NOT NULL
       AND EXISTS (SELECT 1 FROM "Note" n WHERE n."caseId" = c.id)
     ORDER BY c."updatedAt" DESC LIMIT 1`,
    [user.email],
  );
  if (!row) throw new Error(`no open case with a CPR number for ${user.email}: run npm run db:seed / db:scale`);
  const name = `${row.firstName} ${row.lastName}`;
  // A search must find the very case (the search box repeats the query, so the name alone proves nothing).
  const hit = `href="/sager/${row.id}"`;
  const token = cprSearchToken(decryptCpr(row.cprCiphertext));
  const { rows: [counts] } = await client.query(
    `SELECT count(*)::int AS cases FROM "CaseFile" WHERE "responsibleOrgId" = $1`, [row.orgId]);
  return {
    orgCases: counts.cases,
    targets: [
      { key: "list", label: "Sagsliste, første side", path: "/sager", marker: CASE_ROW, replay: true },
      { key: "stage", label: "Sagsliste, fase-filter (Indsats)", path: "/sager?stage=INDSATS", marker: CASE_ROW },
      { key: "name", label: "Sagsliste, navnesøgning", path: `/sager?${new URLSearchParams({ q: name })}`, marker: hit },
      { key: "cpr", label: "Sagsliste, CPR-søgning", path: `/sager?${new URLSearchParams({ cprToken: token })}`, marker: hit },
      { key: "case", label: "Sagsside", path: `/sager/${row.id}`, marker: name, replay: true },
      { key: "reports", label: "Underretninger (kø)", path: "/underretninger", marker: ">Underretninger</h1>" },
      { key: "tasks", label: "Mine opgaver", path: "/opgaver", marker: ">Mine opgaver<" },
      // The leader's overview of the same kommune (issue 12): every figure of the year in SQL.
      { key: "dashboard", label: "Overblik (leder), i år", path: "/overblik?periode=aar", marker: ">Overblik</h1>", replay: true, email: LEADER_EMAIL },
    ],
  };
}
