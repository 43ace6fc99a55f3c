import { Section } from "@/components/ui/section";
import { formatDateTime, formatDay } from "@/lib/format";
import { ABOUT_LABELS, CHANNEL_LABELS, REPORTER_KIND_LABELS, yesNoLabel } from "@/lib/underretninger/labels";
import type { ReportView } from "@/lib/underretninger/queries";

function Row({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-3">
      <dt className="font-medium">{label}</dt>
      <dd className="whitespace-pre-wrap sm:col-span-2">{value ?? "–"}</dd>
    </div>
  );
}

/** What was reported, by whom and how: read-only. */
export function ReportFacts({ report }: { report: ReportView }) {
  const anonymous = report.reporterKind === "ANONYM";
  return (
    <Section title="Underretningen" id="underretningen">
      <dl className="flex flex-col gap-2">
        <Row label="Vedrører" value={`${ABOUT_LABELS[report.about]}: ${report.subjectName}`} />
        {report.termin && <Row label="Termin" value={formatDay(report.termin)} />}
        <Row label="Modtaget" value={`${formatDateTime(report.receivedAt)} via ${CHANNEL_LABELS[report.channel].toLowerCase()}`} />
        <Row label="Underretter" value={REPORTER_KIND_LABELS[report.reporterKind]} />
        {!anonymous && (
          <>
            <Row label="Navn" value={report.reporterName} />
            <Row label="Arbejdssted" value={report.reporterOrganisation} />
            <Row label="Stilling" value={report.reporterProfession} />
            <Row label="Kontakt" value={report.reporterContact} />
            <Row label="Offentligt ansat" value={report.publicEmployee ? "Ja (skærpet underretningspligt)" : "Nej"} />
          </>
        )}
        <Row label="Hvad har underretteren set og hørt" value={report.observations} />
        <Row label="Rusmidler" value={report.substances} />
        <Row label="Grad af eksponering" value={report.exposure} />
        <Row label="Kvinden orienteret" value={yesNoLabel(report.womanInformed)} />
        <Row label="Kopi udleveret" value={yesNoLabel(report.copyGiven)} />
        <Row label="Registreret" value={`${formatDateTime(report.createdAt)} af ${report.createdByName}`} />
      </dl>
    </Section>
  );
}
