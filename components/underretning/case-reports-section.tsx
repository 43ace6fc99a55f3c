import Link from "next/link";
import { Section } from "@/components/ui/section";
import { formatDateTime } from "@/lib/format";
import type { CaseReports } from "@/lib/underretninger/case-reports";
import { ABOUT_LABELS, CHANNEL_LABELS, OUTCOME_LABELS, REPORTER_KIND_LABELS } from "@/lib/underretninger/labels";

/** The case's underretninger, each a link to its report (and each report links back to the case). */
export function CaseReportsSection({ reports }: { reports: CaseReports }) {
  return (
    <Section title="Underretninger" id="underretninger">
      {reports.length === 0 ? (
        <p className="text-slate-600">Din organisation har ikke modtaget underretninger på sagen.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {reports.map((r) => (
            <li key={r.id} className="flex flex-wrap items-baseline gap-x-3 rounded border border-slate-200 p-3">
              <Link href={`/underretninger/${r.id}`} className="font-medium text-brand-700 underline">
                Modtaget {formatDateTime(r.receivedAt)}
              </Link>
              <span>{REPORTER_KIND_LABELS[r.reporterKind]} · {CHANNEL_LABELS[r.channel]} · {ABOUT_LABELS[r.about]}</span>
              <span className="text-sm text-slate-700">
                {r.assessedAt ? `Vurderet${r.acute ? " (akut)" : ""}` : "Ikke vurderet"}
                {r.outcome ? ` · ${OUTCOME_LABELS[r.outcome]}` : ""}
                {r.receiptSentAt ? " · Kvittering sendt" : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
