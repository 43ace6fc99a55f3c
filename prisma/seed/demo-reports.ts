import type { Db } from "@/lib/db/types";
import { reportClocks, RULE_24H } from "@/lib/underretninger/clocks";

// Demo underretninger on Vejle's first pregnancy cases, at different points
// of triage so the queue shows open, overdue and met clocks. Written as the
// owner like the rest of the seed, with the same clock rows as intake.

const HOUR = 3_600_000;

type Demo = {
  hoursAgo: number;
  reporterKind: "FAGPERSON" | "PRIVATPERSON" | "ANONYM";
  reporterName?: string;
  fromClinic?: boolean;
  observations: string;
  assessed?: boolean;
  receiptSent?: boolean;
};

const DEMOS: Demo[] = [
  { hoursAgo: 2, reporterKind: "FAGPERSON", reporterName: "Julie Jordemoder", fromClinic: true, observations: "Den gravide fortæller om dagligt forbrug af hash og har udeblevet fra to konsultationer." },
  { hoursAgo: 30, reporterKind: "PRIVATPERSON", reporterName: "Bente Nabo", observations: "Naboen hører ofte højlydte skænderier og ser mange besøgende om natten." },
  { hoursAgo: 80, reporterKind: "FAGPERSON", reporterName: "Peter Praktiserende Læge", observations: "Positiv urinprøve for opioider ved graviditetsundersøgelse.", assessed: true },
  { hoursAgo: 240, reporterKind: "ANONYM", observations: "Anonym henvendelse om alkoholforbrug under graviditeten.", assessed: true },
];

export async function seedDemoReports(
  db: Db,
  input: { receivingOrgId: string; clinic: { id: string; name: string }; byUser: { id: string; name: string }; now: number },
): Promise<number> {
  const cases = await db.caseFile.findMany({
    where: { responsibleOrgId: input.receivingOrgId, kind: "GRAVID", closedAt: null },
    orderBy: { createdAt: "asc" },
    take: DEMOS.length,
    select: { id: true, stage: true },
  });
  for (const [index, demo] of DEMOS.entries()) {
    const target = cases[index];
    if (!target) break;
    const receivedAt = new Date(input.now - demo.hoursAgo * HOUR);
    const assessedAt = demo.assessed ? new Date(receivedAt.getTime() + 20 * HOUR) : null;
    const report = await db.concernReport.create({
      data: {
        caseId: target.id, receivingOrgId: input.receivingOrgId, reporterOrgId: demo.fromClinic ? input.clinic.id : null,
        reporterKind: demo.reporterKind, reporterName: demo.reporterName ?? null,
        reporterOrganisation: demo.fromClinic ? input.clinic.name : null, channel: "TELEFON", receivedAt, about: "UFOEDT_BARN",
        observations: demo.observations, publicEmployee: demo.reporterKind === "FAGPERSON",
        activeInterventionFlag: target.stage === "INDSATS", idempotencyKey: `demo-report-${index}`,
        createdByUserId: input.byUser.id, createdByName: input.byUser.name,
        assessedAt, assessedByName: assessedAt ? input.byUser.name : null, acute: assessedAt ? false : null,
        assessmentReasons: assessedAt ? "Ikke akut. Afdækning igangsættes." : null,
      },
    });
    for (const clock of reportClocks({ reportId: report.id, caseId: target.id, orgId: input.receivingOrgId, receivedAt, reporterNamed: !!demo.reporterName })) {
      const met = clock.deadline.ruleId === RULE_24H ? assessedAt : null;
      const deadline = await db.deadline.create({ data: { ...clock.deadline, status: met ? "MET" : "OPEN", metAt: met } });
      await db.task.create({ data: { ...clock.task(deadline.id), status: met ? "DONE" : "OPEN", completedAt: met } });
    }
  }
  return Math.min(cases.length, DEMOS.length);
}
