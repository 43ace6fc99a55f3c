import "server-only";
import type { z } from "@/lib/validation/zod";
import type { CaseScope } from "@/lib/access/case-scope";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { sql, type Sql } from "@/lib/db/sql";
import type { nameOwnContactSchema, nameTovholderSchema } from "./schemas";

// Each organisation names its own people on a case (issue 9 item 2): a user,
// not free text, so "who is my contact at the rusmiddelcenter" stays right
// when people change. The rows are the responsible organisation's; the SQL
// functions (prisma/sql/policies/20-cases.sql) let the acting organisation set
// only the person columns of its own row, to one of its own members.

/** Colleagues an organisation can name on a case: members who work on cases. */
export function nameableColleagues(scope: CaseScope) {
  return scope.colleagues("note:create");
}

const notAColleague = () => new ValidationError("Vælg en kollega i din organisation.", { userId: ["Vælg en kollega fra listen"] });

/** Runs one of the person-setting SQL functions (it answers whether it set anything) and audits the choice. */
async function setOwnPerson(scope: CaseScope, call: Sql, action: "participant.name-contact" | "coordinator.name-person", userId: string | null) {
  const [row] = await scope.db.$queryRaw<{ ok: boolean }[]>`SELECT ${call} AS ok`;
  if (!row?.ok) throw notAColleague();
  await audit(scope.db, scope.ctx, { action, entityType: "CaseFile", entityId: scope.caseId, caseId: scope.caseId, details: { userId } });
}

export async function nameOwnContact(scope: CaseScope, input: z.output<typeof nameOwnContactSchema>): Promise<void> {
  scope.require("case:name-own-contact");
  const userId = input.userId || null;
  await setOwnPerson(scope, sql`app_set_own_contact(${scope.caseId}::uuid, ${userId}::uuid, ${input.contactPhone ?? null})`, "participant.name-contact", userId);
}

export async function nameTovholder(scope: CaseScope, input: z.output<typeof nameTovholderSchema>): Promise<void> {
  scope.require("case:name-tovholder");
  const userId = input.userId || null;
  await setOwnPerson(scope, sql`app_set_coordinator_person(${scope.caseId}::uuid, ${userId}::uuid)`, "coordinator.name-person", userId);
}
