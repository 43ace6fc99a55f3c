import { Section } from "@/components/ui/section";
import type { Dashboard } from "@/lib/dashboard/load";
import { daysText, type TableModel } from "@/lib/dashboard/table-model";
import { showCount } from "@/lib/domain/dashboard/suppress";
import { stageLabel } from "@/lib/domain/stages";
import { Summary } from "./figure";
import { ModelTable } from "./model-table";

export type CardProps = { d: Dashboard; table: (id: string) => TableModel; exportQuery: string };

export function CaseloadCard({ d, table, exportQuery }: CardProps) {
  return (
    <Section title="Sager pr. sagsbehandler" id="sagsbehandlere">
      <Summary>
        {showCount(d.caseload.total).text} aktive sager, heraf {showCount(d.caseload.unassigned).text} uden sagsbehandler.
      </Summary>
      <ModelTable table={table("sagsbehandlere")} exportQuery={exportQuery} />
    </Section>
  );
}

/** Days in the current stage; with the overview filtered to one caseworker, a count links to her cases. */
export function StagesCard({ d, table, exportQuery }: CardProps) {
  const longest = d.stages.filter((s) => !showCount(s.cases).suppressed && s.medianDays !== null)
    .sort((a, b) => (b.medianDays ?? 0) - (a.medianDays ?? 0))[0];
  const stuck = d.stages.reduce((sum, s) => sum + s.stuck, 0);
  return (
    <Section title="Faser og tid i fasen" id="faser">
      <Summary>
        {longest
          ? `Længst tid i fasen: ${stageLabel(longest.stage)}, median ${daysText(longest.medianDays, longest.cases)} dage. `
          : "For få sager til at vise tid i fasen. "}
        {showCount(stuck).text} aktive sager har været i samme fase i mindst {d.stuckDays} dage.
      </Summary>
      <ModelTable table={table("faser")} exportQuery={exportQuery} />
    </Section>
  );
}
