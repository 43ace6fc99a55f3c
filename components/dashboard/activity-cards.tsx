import { Section } from "@/components/ui/section";
import { EXPIRY_WINDOW_DAYS } from "@/lib/dashboard/constants";
import { showCount } from "@/lib/domain/dashboard/suppress";
import type { CardProps } from "./caseload-card";
import { Summary } from "./figure";
import { ModelTable } from "./model-table";

export function ReportsCard({ d, table, exportQuery }: CardProps) {
  return (
    <Section title="Underretninger" id="underretninger">
      <Summary>{showCount(d.reports.received).text} underretninger modtaget i perioden.</Summary>
      <ModelTable table={table("underretninger")} exportQuery={exportQuery} />
    </Section>
  );
}

export function MeetingsCard({ d, table, exportQuery }: CardProps) {
  const m = d.meetings;
  return (
    <Section title="Møder" id="moeder">
      <Summary>
        {showCount(m.belowMinimum).text} af {showCount(m.activeGravid).text} aktive graviditetssager har færre end {m.minimum} koordinationsmøder (samarbejdsaftalens minimum).
      </Summary>
      <ModelTable table={table("moeder")} exportQuery={exportQuery} />
      <div className="mt-4">
        <ModelTable table={table("udeblivelser")} exportQuery={exportQuery} />
      </div>
    </Section>
  );
}

export function ConsentsCard({ d, table, exportQuery }: CardProps) {
  const k = d.consents;
  return (
    <Section title="Samtykker" id="samtykker">
      <Summary>
        {showCount(k.expiringSoon).text} samtykker udløber inden for {EXPIRY_WINDOW_DAYS} dage; {showCount(k.withdrawn).text} er tilbagekaldt i perioden.
      </Summary>
      <ModelTable table={table("samtykker")} exportQuery={exportQuery} />
    </Section>
  );
}
