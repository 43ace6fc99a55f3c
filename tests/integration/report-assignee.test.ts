// Who handles an underretning (issue 9 items 2 and 8), as the runtime role:
// a report goes to a colleague who triages reports, the history is the audit
// log, the queue's views (åbne, mine, behandlede, alle) follow assignee and
// outcome, and an outsider gets NotFoundError with nothing changed.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { assignReport, recordOutcome } from "@/lib/underretninger/actions";
import { createConcernReport } from "@/lib/underretninger/intake";
import { listQueue } from "@/lib/underretninger/queries";
import { createReportSchema } from "@/lib/underretninger/schemas";
import { contextFor, createUser } from "@/tests/fixtures/factories";
import { DUMMY_PASSWORD_HASH, freshTenant, inOrg, owner, type Tenant } from "./helpers";

let k: Tenant;
let colleague: ReturnType<typeof contextFor>;
let midwifeId: string;
let outsider: Tenant;

const report = (lastName: string) => createConcernReport(k.ctx, createReportSchema.parse({
  idempotencyKey: randomUUID(), reporterKind: "ANONYM", reporterName: "", reporterOrgId: "", reporterOrganisation: "",
  reporterProfession: "", reporterContact: "", channel: "TELEFON", about: "GRAVID",
  receivedAt: new Date(Date.now() - 3_600_000).toLocaleString("sv-SE", { timeZone: "Europe/Copenhagen" }).slice(0, 16).replace(" ", "T"),
  cpr: "", cprUnknown: true, firstName: "Tilde", lastName, birthDate: "1994-05-06", termin: "", observations: "Bekymring for forbrug.",
  substances: "", exposure: "", womanInformed: "UKENDT", copyGiven: "NEJ", publicEmployee: false,
}));

const ids = async (ctx: typeof k.ctx, filter: "aabne" | "mine" | "behandlede" | "alle") =>
  (await inOrg(ctx, (scope) => listQueue(scope, { filter }))).reports.map((r) => r.id).sort();

beforeAll(async () => {
  k = await freshTenant("Tildeling Kommune");
  const other = await createUser(owner(), { name: "Karla Kollega", passwordHash: DUMMY_PASSWORD_HASH, memberships: [{ orgId: k.org.id, role: "SAGSBEHANDLER" }] });
  colleague = contextFor(other, k.org);
  // A member whose role does not triage reports cannot be handed one.
  midwifeId = (await createUser(owner(), { passwordHash: DUMMY_PASSWORD_HASH, memberships: [{ orgId: k.org.id, role: "JORDEMODER" }] })).id;
  outsider = await freshTenant("Tildeling Udenfor");
});

describe("the report's handler", () => {
  it("goes to a colleague who triages, shows in her 'Mine', leaves 'Åbne' when handled, and is audited", async () => {
    const first = await report("Et");
    const second = await report("To");
    await assignReport(k.ctx, { reportId: first.id, userId: colleague.userId });
    expect((await owner().concernReport.findUniqueOrThrow({ where: { id: first.id } })).assigneeUserId).toBe(colleague.userId);
    const row = (await inOrg(k.ctx, (scope) => listQueue(scope, { filter: "alle" }))).reports.find((r) => r.id === first.id);
    expect(row?.assignee).toEqual({ name: "Karla Kollega", isMe: false });

    expect(await ids(colleague, "mine")).toEqual([first.id]);
    expect(await ids(k.ctx, "mine")).toEqual([]);
    expect(await ids(k.ctx, "aabne")).toEqual([first.id, second.id].sort());
    await recordOutcome(k.ctx, { reportId: first.id, outcome: "SCREENING" });
    expect(await ids(k.ctx, "aabne")).toEqual([second.id]);
    expect(await ids(colleague, "mine")).toEqual([]);
    expect(await ids(k.ctx, "behandlede")).toEqual([first.id]);
    expect(await ids(k.ctx, "alle")).toEqual([first.id, second.id].sort());

    await assignReport(k.ctx, { reportId: first.id, userId: "" });
    const history = await owner().auditEvent.findMany({ where: { entityId: first.id, action: "concern-report.assign" }, orderBy: { id: "asc" } });
    expect(history.map((h) => (h.details as { to: string | null }).to)).toEqual(["Karla Kollega", null]);
  });

  it("refuses someone who does not triage reports or is not a colleague, and gives an outsider NotFoundError; nothing changes", async () => {
    const created = await report("Tre");
    await expect(assignReport(k.ctx, { reportId: created.id, userId: midwifeId })).rejects.toBeInstanceOf(ValidationError);
    await expect(assignReport(k.ctx, { reportId: created.id, userId: outsider.user.id })).rejects.toBeInstanceOf(ValidationError);
    await expect(assignReport(outsider.ctx, { reportId: created.id, userId: outsider.user.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await owner().concernReport.findUniqueOrThrow({ where: { id: created.id } })).assigneeUserId).toBeNull();
    expect(await owner().auditEvent.count({ where: { entityId: created.id, action: "concern-report.assign" } })).toBe(0);
  });
});
