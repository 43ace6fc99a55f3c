import { Section } from "@/components/ui/section";
import type { CardProps } from "./caseload-card";
import { Summary } from "./figure";
import { ModelTable } from "./model-table";

const whole = (n: number) => n.toLocaleString("da-DK");

/** Expected vs found, with the caveat in words: an estimate from a national figure, not a target. */
export function ExpectedCard({ d, table, exportQuery }: CardProps) {
  const p = d.expected.prevalence;
  return (
    <Section title="Forventet og fundet" id="forventet">
      <Summary>
        {p.kommunePopulation === null
          ? "Kommunens befolkningstal er ikke angivet i organisationens indstillinger, så det forventede antal kan ikke beregnes."
          : `Efter landstallet kan kommunen forvente omkring ${d.expected.expectedPerYear?.toLocaleString("da-DK", { maximumFractionDigits: 0 })} nye gravide med skadeligt rusmiddelforbrug om året.`}
      </Summary>
      <ModelTable table={table("forventet")} exportQuery={exportQuery} />
      <p className="mt-3 text-sm text-slate-700">
        Forventet er et skøn, ikke et mål: landstallet (ca. {whole(p.nationalPerYear)} gravide om året registreres med skadeligt
        rusmiddelforbrug; 1.133 i 2016 og 1.149 i 2017) ganget med kommunens andel af befolkningen
        ({p.kommunePopulation === null ? "ikke angivet" : whole(p.kommunePopulation)} af {whole(p.nationalPopulation)} indbyggere),
        fordelt jævnt over periodens dage. Landstallet tæller kun de registrerede. Færre fundne end forventet kan betyde, at opsporingen
        ikke når alle, men også at kommunen har færre; små tal svinger meget fra periode til periode.
      </p>
    </Section>
  );
}
