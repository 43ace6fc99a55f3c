"use client";

import { ColleagueSelectForm } from "@/components/ui/colleague-select-form";
import { assignCaseworkerAction } from "@/lib/cases/server-actions";

/** Assign or change the case's caseworker: a colleague in the responsible organisation. */
export function CaseworkerForm({ caseId, current, candidates }: { caseId: string; current: string | null; candidates: { id: string; name: string }[] }) {
  return (
    <ColleagueSelectForm
      id="caseworker"
      label="Sagsbehandler"
      submitLabel="Gem sagsbehandler"
      savedMessage="Sagsbehandleren er gemt."
      current={current}
      candidates={candidates}
      run={(userId) => assignCaseworkerAction({ caseId, userId })}
    />
  );
}
