"use client";

import { ActionButton } from "@/components/ui/action-button";
import { ColleagueSelectForm } from "@/components/ui/colleague-select-form";
import { assignReportAction } from "@/lib/underretninger/server-actions";

/** "Tag underretningen" in the queue: the user takes the report herself. */
export function TakeReportButton({ reportId, userId, label }: { reportId: string; userId: string; label: string }) {
  return <ActionButton saved="Underretningen er din." run={() => assignReportAction({ reportId, userId })} label="Tag underretningen" ariaLabel={`Tag underretningen om ${label}`} variant="link" />;
}

/** Hand the report to a colleague who triages reports, or to nobody. */
export function ReportAssigneeForm({ reportId, current, candidates }: { reportId: string; current: string | null; candidates: { id: string; name: string }[] }) {
  return (
    <ColleagueSelectForm
      id="report-assignee"
      label="Behandles af"
      submitLabel="Gem"
      savedMessage="Underretningen er tildelt."
      current={current}
      candidates={candidates}
      run={(userId) => assignReportAction({ reportId, userId })}
    />
  );
}
