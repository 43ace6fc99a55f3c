import { Section } from "@/components/ui/section";
import type { CardProps } from "./caseload-card";
import { Summary } from "./figure";
import { ModelTable } from "./model-table";

/** A leader of several units of one kommune: each unit and their sum (the caseworker filter is one unit's, so not applied here). */
export function UnitsCard({ table, exportQuery }: CardProps) {
  return (
    <Section title="Enheder" id="enheder">
      <Summary>Du er leder i flere enheder i kommunen. Hver enhed tæller sine egne sager; summen er for hele perioden uden sagsbehandlerfilter.</Summary>
      <ModelTable table={table("enheder")} exportQuery={exportQuery} />
      <p className="mt-3 text-sm text-slate-700">En sum, hvor en enheds tal er skjult (&lt;5), skjules også (–): ellers kunne tallet regnes ud.</p>
    </Section>
  );
}
