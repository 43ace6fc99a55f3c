import { Section } from "@/components/ui/section";
import type { Caseload } from "@/lib/dashboard/caseload";
import type { StageRow } from "@/lib/dashboard/stages";
import { showCount } from "@/lib/domain/dashboard/suppress";
import { OPEN_STAGES, stageLabel } from "@/lib/domain/stages";
import { Count, days, FigureRow, FigureTable, Summary } from "./figure";

const caseListHref = (params: Record<string, string>) => `/sager?${new URLSearchParams(params)}`;

export function CaseloadCard({ caseload }: { caseload: Caseload }) {
  return (
    <Section title="Sager pr. sagsbehandler" id="sagsbehandlere">
      <Summary>
        {showCount(caseload.total).text} aktive sager, heraf {showCount(caseload.unassigned).text} uden sagsbehandler.
      </Summary>
      <FigureTable caption="Aktive sager pr. sagsbehandler og fase" head={["Sagsbehandler", ...OPEN_STAGES.map(stageLabel), "I alt"]}>
        {caseload.rows.map((row) => {
          const who: Record<string, string> = row.userId ? { caseworker: row.userId } : { unassigned: "1" };
          return (
            <FigureRow
              key={row.userId ?? "ingen"}
              label={row.userId ? row.name : "Ingen sagsbehandler"}
              cells={[
                ...OPEN_STAGES.map((stage) => <Count key={stage} n={row.byStage[stage] ?? 0} href={caseListHref({ ...who, stage })} />),
                // Not linked: the case list would also show the closed cases.
                <Count key="total" n={row.total} />,
              ]}
            />
          );
        })}
        {caseload.rows.length === 0 && <FigureRow label="Ingen aktive sager" cells={[...OPEN_STAGES.map(() => "0"), "0"]} />}
      </FigureTable>
    </Section>
  );
}

/** With the overview filtered to one caseworker, a stage count links to her cases in that stage. */
export function StagesCard({ stages, caseworkerUserId }: { stages: StageRow[]; caseworkerUserId?: string }) {
  const scope: Record<string, string> = caseworkerUserId ? { caseworker: caseworkerUserId } : { responsible: "1" };
  const byStage = new Map(stages.map((s) => [s.stage, s]));
  const longest = stages.filter((s) => !showCount(s.cases).suppressed && s.medianDays !== null)
    .sort((a, b) => (b.medianDays ?? 0) - (a.medianDays ?? 0))[0];
  return (
    <Section title="Faser og tid i fasen" id="faser">
      <Summary>
        {longest
          ? `Længst tid i fasen: ${stageLabel(longest.stage)}, median ${days(longest.medianDays, longest.cases)} dage.`
          : "For få sager til at vise tid i fasen."}
      </Summary>
      <FigureTable caption="Aktive sager pr. fase, og dage siden sagen kom i sin nuværende fase" head={["Fase", "Sager", "Median dage", "90 % under (dage)"]}>
        {OPEN_STAGES.map((stage) => {
          const row = byStage.get(stage);
          const n = row?.cases ?? 0;
          return (
            <FigureRow
              key={stage}
              label={stageLabel(stage)}
              cells={[<Count key="n" n={n} href={caseListHref({ stage, ...scope })} />, days(row?.medianDays ?? null, n), days(row?.p90Days ?? null, n)]}
            />
          );
        })}
      </FigureTable>
    </Section>
  );
}
