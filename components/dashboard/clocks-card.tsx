import { Section } from "@/components/ui/section";
import { DASHBOARD_CLOCKS, type Clocks } from "@/lib/dashboard/clocks";
import { showCount, showShare } from "@/lib/domain/dashboard/suppress";
import { Count, FigureRow, FigureTable, Share, Summary } from "./figure";

// "Share met" is of the clocks already decided (met or missed): one due
// tomorrow is neither yet.
export function ClocksCard({ clocks }: { clocks: Clocks }) {
  const missed = clocks.rows.reduce((sum, r) => sum + r.missed, 0);
  return (
    <Section title="Lovbestemte frister" id="frister">
      <Summary>
        {showCount(missed).text} overskredne frister i perioden. {showCount(clocks.openThisWeek).text} åbne frister skal nås i denne uge.
      </Summary>
      <FigureTable caption="Frister med forfald i perioden" head={["Frist", "Forfalder", "Nået til tiden", "Andel nået", "Overskredet", "Ikke forfaldet endnu"]}>
        {DASHBOARD_CLOCKS.map(({ ruleId, label }) => {
          const row = clocks.rows.find((r) => r.ruleId === ruleId) ?? { due: 0, met: 0, missed: 0, pending: 0 };
          return (
            <FigureRow
              key={ruleId}
              label={label}
              cells={[<Count key="d" n={row.due} />, <Count key="m" n={row.met} />, <Share key="s" part={row.met} whole={row.met + row.missed} />,
                <Count key="x" n={row.missed} />, <Count key="p" n={row.pending} />]}
            />
          );
        })}
      </FigureTable>
      <p className="mt-3 text-sm text-slate-700">
        Andel nået er af de frister, der er afgjort (nået eller overskredet). {showShare(0, 0).text} betyder, at tallet er skjult eller der ikke er noget at vise.
      </p>
    </Section>
  );
}
