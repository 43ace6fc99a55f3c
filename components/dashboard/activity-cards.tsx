import { Section } from "@/components/ui/section";
import type { ConsentFigures } from "@/lib/dashboard/consents";
import { EXPIRY_WINDOW_DAYS } from "@/lib/dashboard/consents";
import type { MeetingFigures } from "@/lib/dashboard/meetings";
import type { ReportFigures } from "@/lib/dashboard/reports";
import { showCount } from "@/lib/domain/dashboard/suppress";
import { Count, FigureRow, FigureTable, Share, Summary } from "./figure";

export function ReportsCard({ reports: r }: { reports: ReportFigures }) {
  return (
    <Section title="Underretninger" id="underretninger">
      <Summary>{showCount(r.received).text} underretninger modtaget i perioden.</Summary>
      <FigureTable caption="Modtagne underretninger i perioden" head={["Opgørelse", "Antal", "Andel"]}>
        <FigureRow label="Modtaget" cells={[<Count key="n" n={r.received} />, ""]} />
        <FigureRow label="Vurderet inden 24 timer" cells={[<Count key="n" n={r.assessedIn24h} />, <Share key="s" part={r.assessedIn24h} whole={r.received} />]} />
        <FigureRow label="Anonyme" cells={[<Count key="n" n={r.anonymous} />, <Share key="s" part={r.anonymous} whole={r.received} />]} />
        <FigureRow label="Kvinden er orienteret" cells={[<Count key="n" n={r.womanInformed} />, <Share key="s" part={r.womanInformed} whole={r.received} />]} />
      </FigureTable>
    </Section>
  );
}

export function MeetingsCard({ meetings: m }: { meetings: MeetingFigures }) {
  return (
    <Section title="Møder" id="moeder">
      <Summary>
        {showCount(m.belowMinimum).text} af {showCount(m.activeGravid).text} aktive graviditetssager har færre end {m.minimum} koordinationsmøder (samarbejdsaftalens minimum).
      </Summary>
      <FigureTable caption="Møder og samarbejdsaftalen" head={["Opgørelse", "Antal"]}>
        <FigureRow label="Kommende møder" cells={[<Count key="n" n={m.upcoming} />]} />
        <FigureRow label="Aktive graviditetssager" cells={[<Count key="n" n={m.activeGravid} />]} />
        <FigureRow label={`Heraf under ${m.minimum} koordinationsmøder`} cells={[<Count key="n" n={m.belowMinimum} />]} />
      </FigureTable>
      <div className="mt-4">
        <FigureTable caption="Udeblivelser fra møder i perioden, pr. organisation" head={["Organisation", "Udeblivelser"]}>
          {m.absences.map((a) => <FigureRow key={a.orgName} label={a.orgName} cells={[<Count key="n" n={a.count} />]} />)}
          {m.absences.length === 0 && <FigureRow label="Ingen udeblivelser registreret" cells={["0"]} />}
        </FigureTable>
      </div>
    </Section>
  );
}

export function ConsentsCard({ consents: k }: { consents: ConsentFigures }) {
  return (
    <Section title="Samtykker" id="samtykker">
      <Summary>
        {showCount(k.expiringSoon).text} samtykker udløber inden for {EXPIRY_WINDOW_DAYS} dage; {showCount(k.withdrawn).text} er tilbagekaldt i perioden.
      </Summary>
      <FigureTable caption="Samtykker i organisationens sager" head={["Opgørelse", "Antal"]}>
        <FigureRow label={`Udløber inden for ${EXPIRY_WINDOW_DAYS} dage`} cells={[<Count key="n" n={k.expiringSoon} />]} />
        <FigureRow label="Tilbagekaldt i perioden" cells={[<Count key="n" n={k.withdrawn} />]} />
      </FigureTable>
    </Section>
  );
}
