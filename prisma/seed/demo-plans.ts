import { randomUUID } from "node:crypto";
import { atCopenhagen, copenhagenDay, shiftDay } from "@/lib/domain/calendar";
import type { Db } from "@/lib/db/types";
import { interventionCategory } from "@/lib/domain/plans/kinds";
import { dayToDate } from "@/lib/domain/calendar";

// One approved barnets plan on a demo case (issue 11), so the plan page and
// "Min del af planen" are not empty: written by the sagsbehandler, approved
// by the leder, with interventions for the rusmiddelcenter, sundhedsplejen
// and the familieafdeling, each with its follow-up task. Demo case 30 is no
// e2e spec's (they use 1, 2, 6, 14 and 18).

type Person = { id: string; name: string };
export const DEMO_PLAN_CASE_INDEX = 30;

export async function seedDemoPlan(db: Db, input: {
  caseId: string; familie: { orgId: string; writer: Person; leader: Person }; rusmiddel: { orgId: string; user: Person }; sundhedsplejeOrgId: string; now: number;
}): Promise<void> {
  const { caseId, familie } = input;
  const today = copenhagenDay(new Date(input.now));
  const plan = await db.plan.create({ data: { caseId, ownerOrgId: familie.orgId, kind: "BARNETS_PLAN", createdByName: familie.writer.name } });
  // Sent first: the content guard refuses writes into an approved version, so the content goes in before approval.
  const version = await db.planVersion.create({
    data: {
      planId: plan.id, caseId, ownerOrgId: familie.orgId, number: 1, status: "SENDT",
      purpose: "At barnet får en tryg start på livet, og at mor er stabil i sin behandling før og efter fødslen.",
      focusPoints: ["Mors stabilitet i behandlingen", "Forberedelse til fødslen og tiden efter"],
      afterBirthStay: "Mor og barn bliver på barselsgangen i mindst fem dage.", afterBirthFeeding: "Støtte til amning fra jordemoder og sundhedsplejerske.",
      afterBirthDischarge: "Udskrives til sundhedsplejen med besøg dagen efter hjemkomst.",
      createdByUserId: familie.writer.id, createdByName: familie.writer.name, updatedByName: familie.writer.name,
      updatedAt: new Date(input.now - 4 * 86_400_000), submittedAt: new Date(input.now - 3 * 86_400_000), submittedByUserId: familie.writer.id,
    },
  });
  const [stable, thrive] = [randomUUID(), randomUUID()];
  const owner = { versionId: version.id, caseId, ownerOrgId: familie.orgId, approved: true };
  await db.planGoal.createMany({
    data: [
      { ...owner, key: stable, position: 0, title: "Mor er stabil i sin behandling", targetDate: dayToDate(shiftDay(today, 120)), status: "I_GANG" },
      { ...owner, key: thrive, position: 1, title: "Barnet trives og tager på efter fødslen", targetDate: dayToDate(shiftDay(today, 240)), status: "IKKE_STARTET" },
    ],
  });
  const codes = ["SUL142-SUBSTITUTION", "SP-EKSTRA-BESOEG", "BL32-FAMILIEBEHANDLING"];
  const entries = await db.interventionCatalogueEntry.findMany({ where: { code: { in: codes } } });
  const entry = (code: string) => entries.find((e) => e.code === code)!;
  const rows = [
    { code: codes[0]!, track: "SUNDHED" as const, orgId: input.rusmiddel.orgId, user: input.rusmiddel.user, goals: [stable], frequency: "Hver uge" },
    { code: codes[1]!, track: "SUNDHED" as const, orgId: input.sundhedsplejeOrgId, user: null, goals: [thrive], frequency: "Hver 14. dag" },
    { code: codes[2]!, track: "SOCIAL" as const, orgId: familie.orgId, user: familie.writer, goals: [stable, thrive], frequency: "Hver uge" },
  ];
  for (const [position, r] of rows.entries()) {
    const e = entry(r.code);
    const intervention = await db.planIntervention.create({
      data: {
        versionId: version.id, versionNumber: 1, planId: plan.id, caseId, authorOrgId: familie.orgId, responsibleOrgId: r.orgId, responsibleUserId: r.user?.id ?? null,
        responsibleName: r.user?.name ?? null, category: interventionCategory(r.track, e.category), key: randomUUID(), position, track: r.track,
        catalogueEntryId: e.id, title: e.name, startDate: dayToDate(shiftDay(today, -14)), durationWeeks: 26,
        followUpDate: dayToDate(shiftDay(today, 30 + position * 7)), frequency: r.frequency, goalKeys: r.goals, approved: true,
      },
    });
    await db.task.create({
      data: {
        caseId, orgId: r.orgId, ownerUserId: r.user?.id ?? null, title: `Opfølgning på indsats: ${e.name}`, dueAt: atCopenhagen(shiftDay(today, 30 + position * 7), { hours: 23, minutes: 59 }),
        sourceKind: "PLAN_INTERVENTION", sourceId: intervention.id, category: intervention.category,
      },
    });
  }
  await db.planContact.create({ data: { ...owner, position: 0, orgId: familie.orgId, name: familie.writer.name, phone: "76 81 00 00", fallback: "Familieafdelingens vagttelefon, 76 81 00 01" } });
  await db.planVersion.update({
    where: { id: version.id },
    data: { status: "GODKENDT", approvedAt: new Date(input.now - 86_400_000), approvedByName: familie.leader.name, approvalComment: "Godkendt på teammødet." },
  });
}
