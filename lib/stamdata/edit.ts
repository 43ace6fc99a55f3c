import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { ownPersonWhere } from "@/lib/access/own-records";
import { ValidationError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/write";
import { dayToDate } from "@/lib/domain/calendar";
import { ownSubject } from "./cpr";
import { recordStamdataChange } from "./history";

// "Ret navn og termin" (ADR 0017): the responsible organisation corrects the
// subject's name and the case's termin; each change is a history row with
// the value before and after, and one audit row names the fields changed.

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function editStamdata(
  scope: CaseScope,
  input: { firstName: string; lastName: string; termin: string | null },
): Promise<{ changed: ("name" | "termin")[] }> {
  scope.require("case:edit-stamdata");
  const { db, ctx, caseId } = scope;
  const person = await ownSubject(scope);
  const current = await db.caseFile.findFirstOrThrow({ where: scope.writableCase(), select: { termin: true } });
  if (person.isUnborn && !input.termin) {
    throw new ValidationError("Et ufødt barn skal have en termin.", { termin: ["Skriv terminen for det ufødte barn"] });
  }
  const oldName = `${person.firstName} ${person.lastName}`;
  const newName = `${input.firstName} ${input.lastName}`;
  const changed: ("name" | "termin")[] = [];

  if (oldName !== newName) {
    await db.person.updateMany({ where: { id: person.id, ...ownPersonWhere(ctx) }, data: { firstName: input.firstName, lastName: input.lastName } });
    await recordStamdataChange(scope, { kind: "NAME", personId: person.id, oldValue: oldName, newValue: newName });
    changed.push("name");
  }
  if (isoDay(current.termin) !== input.termin) {
    const termin = input.termin ? dayToDate(input.termin) : null;
    await db.caseFile.updateMany({ where: scope.writableCase(), data: { termin } });
    // An unborn child's termin is also its own (it is keyed to it until birth).
    if (person.isUnborn) await db.person.updateMany({ where: { id: person.id, ...ownPersonWhere(ctx) }, data: { termin } });
    await recordStamdataChange(scope, { kind: "TERMIN", personId: person.id, oldValue: isoDay(current.termin), newValue: input.termin });
    changed.push("termin");
  }
  if (changed.length === 0) throw new ValidationError("Intet er ændret: navn og termin er som før.");
  await audit(db, ctx, { action: "case.stamdata-edit", entityType: "Person", entityId: person.id, caseId, personId: person.id, details: { changed } });
  return { changed };
}
