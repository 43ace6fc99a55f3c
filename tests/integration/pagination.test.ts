// Keyset pagination of the task list and the underretninger queue (issue 8,
// lib/db/keyset.ts): walking the pages a few rows at a time yields exactly
// the one-page order, each row once, ties and undated rows included; a
// malformed cursor is the first page; an outsider's pages are empty.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { encodeKeyset } from "@/lib/db/keyset";
import { listTasks } from "@/lib/tasks/queries";
import { createConcernReport } from "@/lib/underretninger/intake";
import { listQueue } from "@/lib/underretninger/queries";
import { createReportSchema } from "@/lib/underretninger/schemas";
import { freshTenant, inOrg, owner } from "./helpers";

async function walk(load: (cursor: string | undefined) => Promise<{ ids: string[]; next: string | null }>): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const { ids, next } = await load(cursor);
    seen.push(...ids);
    if (!next) return seen;
    cursor = next;
  }
  throw new Error("pagination did not end");
}

describe("task list pages", () => {
  it("walks the organisation's open tasks in due order, undated last, each once", async () => {
    const t = await freshTenant("Sider med opgaver");
    const day = (n: number) => new Date(Date.UTC(2027, 0, n, 9));
    // Two share a due date (the id decides), two have none.
    const dues = [day(5), day(2), day(2), null, day(9), null, day(1)];
    for (const [i, dueAt] of dues.entries()) {
      await owner().task.create({ data: { orgId: t.org.id, title: `Opgave ${i}`, dueAt, sourceKind: "MANUAL" } });
    }
    const outsider = await freshTenant("Anden organisation");
    await owner().task.create({ data: { orgId: outsider.org.id, title: "Ikke din", dueAt: day(3), sourceKind: "MANUAL" } });

    const all = (await listTasks(t.ctx)).organisation.map((r) => r.id);
    expect(all).toHaveLength(dues.length);
    const paged = await walk(async (cursor) => {
      const page = await listTasks(t.ctx, cursor, 2);
      expect(page.organisation.length).toBeLessThanOrEqual(2);
      return { ids: page.organisation.map((r) => r.id), next: page.nextCursor };
    });
    expect(paged).toEqual(all);
    const dueOrder = (await listTasks(t.ctx)).organisation.map((r) => r.dueAt?.getTime() ?? Infinity);
    expect(dueOrder).toEqual([...dueOrder].sort((a, b) => a - b));

    expect((await listTasks(t.ctx, "not-a-cursor", 2)).organisation.map((r) => r.id)).toEqual(all.slice(0, 2));
    const outsiderPages = await walk(async (cursor) => {
      const page = await listTasks(outsider.ctx, cursor, 2);
      return { ids: page.organisation.map((r) => r.id), next: page.nextCursor };
    });
    expect(outsiderPages).toHaveLength(1);
    expect(paged).not.toContain(outsiderPages[0]);
  });
});

describe("underretninger queue pages", () => {
  it("walks the queue nearest clock first, handled reports last, each once", async () => {
    const k = await freshTenant("Sider med underretninger");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const receivedAt = new Date(Date.now() - (i + 1) * 3_600_000).toLocaleString("sv-SE", { timeZone: "Europe/Copenhagen" }).slice(0, 16).replace(" ", "T");
      const created = await createConcernReport(
        k.ctx,
        createReportSchema.parse({
          idempotencyKey: randomUUID(), reporterKind: "ANONYM", reporterName: "", reporterOrgId: "", reporterOrganisation: "",
          reporterProfession: "", reporterContact: "", channel: "TELEFON", receivedAt, about: "UFOEDT_BARN",
          cpr: `01019012${34 + i}`.slice(0, 10), firstName: "Side", lastName: `Nummer${i}`, termin: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
          observations: "Bekymring for forbrug under graviditeten.", substances: "", exposure: "",
          womanInformed: "UKENDT", copyGiven: "NEJ", publicEmployee: false,
        }),
      );
      ids.push(created.id);
    }
    // One report has all its clocks met: it has no open clock and goes last.
    await owner().deadline.updateMany({ where: { sourceId: ids[0] }, data: { status: "MET", metAt: new Date() } });

    const all = (await inOrg(k.ctx, (scope) => listQueue(scope, { filter: "alle" }))).reports.map((r) => r.id);
    expect([...all].sort()).toEqual([...ids].sort());
    expect(all.at(-1)).toBe(ids[0]);
    const paged = await walk(async (cursor) => {
      const page = await inOrg(k.ctx, (scope) => listQueue(scope, { cursor, limit: 2, filter: "alle" }));
      expect(page.reports.length).toBeLessThanOrEqual(2);
      return { ids: page.reports.map((r) => r.id), next: page.nextCursor };
    });
    expect(paged).toEqual(all);

    const foreignCursor = encodeKeyset([null, new Date(), randomUUID()]);
    const outsider = await freshTenant("Anden kommune");
    expect((await inOrg(outsider.ctx, (scope) => listQueue(scope, { cursor: foreignCursor, limit: 2, filter: "alle" }))).reports).toEqual([]);
  });
});
