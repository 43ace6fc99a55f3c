import type { Metadata } from "next";
import Link from "next/link";
import { AssessForm } from "@/components/underretning/assess-form";
import { ClockOrNone, RULE_24H, RULE_RECEIPT } from "@/components/underretning/clock";
import { FeedbackForm } from "@/components/underretning/feedback-form";
import { OutcomeForm } from "@/components/underretning/outcome-form";
import { ReceiptSentButton } from "@/components/underretning/receipt-sent-button";
import { ReportFacts } from "@/components/underretning/report-facts";
import { Section } from "@/components/ui/section";
import { idParamOr404, loadOr404 } from "@/lib/access/page";
import { requireAccess } from "@/lib/auth/context";
import { formatDateTime } from "@/lib/format";
import { OUTCOME_LABELS, RECEIPT_CHANNEL_LABELS, yesNoLabel } from "@/lib/underretninger/labels";
import { getReport } from "@/lib/underretninger/queries";
import { ReportAssigneeForm } from "@/components/underretning/report-assignee";

export const metadata: Metadata = { title: "Underretning" };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireAccess();
  const report = await loadOr404(getReport(ctx, await idParamOr404(params)));
  const now = new Date();
  const named = report.reporterKind !== "ANONYM" && !!report.reporterName;
  const act = report.canTriage;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <p><Link href="/underretninger" className="text-brand-700 underline">Tilbage til underretninger</Link></p>
        <h1 className="mt-2 text-2xl font-semibold">Underretning modtaget {formatDateTime(report.receivedAt)}</h1>
        <p className="mt-1">
          Sag: <Link href={`/sager/${report.caseId}`} className="text-brand-700 underline">{report.subjectName}</Link>
          {report.activeInterventionFlag && <span className="ml-3 font-medium text-violet-900">Aktiv indsats: særlig behandling efter Barnets Lov § 137</span>}
        </p>
        {act && (
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <span className="font-medium">Behandles af</span>
            <ReportAssigneeForm reportId={report.id} current={report.assigneeUserId} candidates={report.assignees} />
          </div>
        )}
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Section title="Vurdering inden 24 timer" id="vurdering">
          <p className="mb-3"><ClockOrNone clocks={report.clocks} ruleId={RULE_24H} none="Ingen frist" now={now} calendar={report.calendar} /></p>
          {report.assessedAt ? (
            <dl className="flex flex-col gap-1">
              <div><dt className="inline font-medium">Akut: </dt><dd className="inline">{yesNoLabel(report.acute)}</dd></div>
              <div><dt className="inline font-medium">Begrundelse: </dt><dd className="inline whitespace-pre-wrap">{report.assessmentReasons}</dd></div>
              <div><dt className="inline font-medium">Vurderet: </dt><dd className="inline">{formatDateTime(report.assessedAt)} af {report.assessedByName}</dd></div>
            </dl>
          ) : act ? (
            <AssessForm reportId={report.id} />
          ) : (
            <p>Ikke vurderet endnu.</p>
          )}
        </Section>

        <Section title="Kvittering inden 6 hverdage" id="kvittering">
          {named ? (
            <div className="flex flex-col gap-3">
              <p><ClockOrNone clocks={report.clocks} ruleId={RULE_RECEIPT} none="Ingen frist" now={now} calendar={report.calendar} /></p>
              <p><Link href={`/underretninger/${report.id}/kvittering`} className="text-brand-700 underline">Vis og udskriv kvittering</Link></p>
              {report.receiptSentAt ? (
                <p>Kvittering sendt {formatDateTime(report.receiptSentAt)} af {report.receiptSentByName}{report.receiptChannel ? ` (${RECEIPT_CHANNEL_LABELS[report.receiptChannel]})` : ""}.</p>
              ) : (
                act && <ReceiptSentButton reportId={report.id} />
              )}
            </div>
          ) : (
            <p>Underretteren er anonym og får ingen kvittering.</p>
          )}
        </Section>

        <Section title="Udfald" id="udfald">
          {report.outcome && (
            <p className="mb-3">Registreret: <strong>{OUTCOME_LABELS[report.outcome]}</strong>{report.outcomeAt && ` (${formatDateTime(report.outcomeAt)})`}</p>
          )}
          {act ? <OutcomeForm reportId={report.id} current={report.outcome} /> : !report.outcome && <p>Intet udfald registreret.</p>}
        </Section>

        {report.reporterKind === "FAGPERSON" && (
          <Section title="Tilbagemelding til underretter" id="tilbagemelding">
            {report.feedbackAt ? (
              <p>Underretteren fik besked {formatDateTime(report.feedbackAt)}. Handling iværksat: <strong>{yesNoLabel(report.feedbackActionStarted)}</strong>.</p>
            ) : act ? (
              <FeedbackForm reportId={report.id} />
            ) : (
              <p>Ingen tilbagemelding endnu.</p>
            )}
          </Section>
        )}
      </div>
      <ReportFacts report={report} />
    </div>
  );
}
