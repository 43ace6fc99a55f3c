// Tasks you can finish (issue "The caseworker's day", item 3): complete with a
// note, reopen, assign to a colleague, move the due date with a reason. Each
// change is audited with its case; an outsider gets NotFound and changes nothing.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/access/errors";
import { ValidationError } from "@/lib/actions/result";
import { listTasks } from "@/lib/tasks/queries";
import { rescheduleTaskSchema } from "@/lib/tasks/schemas";
import { assignTask, completeTask, rescheduleTask, reopenTask } from "@/lib/tasks/workflow";
import { createCase, createPerson, createUser } from "@/tests/fixtures/factories";
import { DUMMY_PASSWORD_HASH, freshTenant, owner, type Tenant } from "./helpers";

let k: Tenant;
let caseId: string;
let taskId: string;

beforeEach(async () => {
  k = await freshTenant("Opgavekommune");
  const person = await createPerson(owner(), { ownerOrgId: k.org.id, firstName: "Mette", lastName: "Opgavesen" });
  caseId = (await createCase(owner(), { subjectId: person.id, responsibleOrgId: k.org.id, byUser: k.user })).id;
  taskId = (await owner().task.create({
    data: { caseId, orgId: k.org.id, title: "Planlæg udskrivningsmødet", dueAt: new Date(Date.now() + 86_400_000), sourceKind: "MANUAL" },
  })).id;
});

const task = () => owner().task.findUniqueOrThrow({ where: { id: taskId } });
const auditOf = (action: string) => owner().auditEvent.findMany({ where: { entityId: taskId, action }, orderBy: { id: "asc" } });

describe("completing and reopening a task", () => {
  it("completes with a note, refuses a second completion, and reopens; both stay in the case's history", async () => {
    await completeTask(k.ctx, { taskId, note: "Mødet er holdt" });
    expect(await task()).toMatchObject({ status: "DONE", completedByName: k.user.name, completionNote: "Mødet er holdt" });
    await expect(completeTask(k.ctx, { taskId, note: undefined })).rejects.toThrow(ValidationError);
    expect((await listTasks(k.ctx)).done.map((t) => t.id)).toContain(taskId);

    await reopenTask(k.ctx, { taskId });
    expect(await task()).toMatchObject({ status: "OPEN", completedAt: null, completionNote: null });
    await expect(reopenTask(k.ctx, { taskId })).rejects.toThrow(ValidationError);
    expect((await auditOf("task.complete"))[0]).toMatchObject({ caseId, userId: k.user.id });
    expect((await auditOf("task.reopen"))[0]).toMatchObject({ caseId });
  });
});

describe("assigning a task", () => {
  it("goes to a colleague in the organisation and back to nobody, never to someone outside it", async () => {
    const colleague = await createUser(owner(), {
      name: "Kollega Kirsten", email: `kollega-${randomUUID()}@test.samforloeb`, passwordHash: DUMMY_PASSWORD_HASH,
      memberships: [{ orgId: k.org.id, role: "SAGSBEHANDLER" }],
    });
    await assignTask(k.ctx, { taskId, userId: colleague.id });
    expect((await task()).ownerUserId).toBe(colleague.id);
    expect((await listTasks(k.ctx)).organisation.find((t) => t.id === taskId)).toMatchObject({ holder: "COLLEAGUE", holderName: "Kollega Kirsten" });

    const stranger = await freshTenant("Fremmed");
    await expect(assignTask(k.ctx, { taskId, userId: stranger.user.id })).rejects.toThrow(ValidationError);
    expect((await task()).ownerUserId).toBe(colleague.id);

    await assignTask(k.ctx, { taskId, userId: "" });
    expect((await task()).ownerUserId).toBeNull();
    expect((await auditOf("task.assign")).map((a) => (a.details as { to: string | null }).to)).toEqual(["Kollega Kirsten", null]);
  });
});

describe("moving a task's due date", () => {
  it("needs a reason and a date from today on, sets the end of that day and asks for a new reminder", async () => {
    expect(rescheduleTaskSchema.safeParse({ taskId, dueDate: "2030-01-10", reason: "" }).success).toBe(false);
    await expect(rescheduleTask(k.ctx, { taskId, dueDate: "2020-01-01", reason: "For sent" })).rejects.toThrow(ValidationError);
    await owner().task.update({ where: { id: taskId }, data: { remindedAt: new Date() } });

    await rescheduleTask(k.ctx, { taskId, dueDate: "2030-01-10", reason: "Borgeren er indlagt" });
    const moved = await task();
    expect(moved.dueAt?.toISOString()).toBe("2030-01-10T22:59:00.000Z");
    expect(moved.remindedAt).toBeNull();
    expect((await auditOf("task.reschedule"))[0]?.details).toMatchObject({ reason: "Borgeren er indlagt", to: "2030-01-10T22:59:00.000Z" });
  });
});

describe("another organisation", () => {
  it("gets NotFound for every task action and changes nothing", async () => {
    const outsider = await freshTenant("Udenfor");
    const before = await task();
    await expect(completeTask(outsider.ctx, { taskId, note: undefined })).rejects.toThrow(NotFoundError);
    await expect(reopenTask(outsider.ctx, { taskId })).rejects.toThrow(NotFoundError);
    await expect(assignTask(outsider.ctx, { taskId, userId: outsider.user.id })).rejects.toThrow(NotFoundError);
    await expect(rescheduleTask(outsider.ctx, { taskId, dueDate: "2030-01-10", reason: "Forsøg" })).rejects.toThrow(NotFoundError);
    expect(await task()).toEqual(before);
    expect(await owner().auditEvent.count({ where: { entityId: taskId } })).toBe(0);
  });
});
