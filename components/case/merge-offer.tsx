"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { stageLabel } from "@/lib/domain/stages";
import { formatDate } from "@/lib/format";
import { MERGE_DIFFERENT_ORGS, type MergeCandidate } from "@/lib/stamdata/messages";
import { mergeCasesAction } from "@/lib/stamdata/server-actions";

/**
 * The CPR belongs to another person in the register: offer to merge this
 * case into hers (ADR 0017). Says what happens before the button does it.
 */
export function MergeOffer({ caseId, cpr, candidates, canMerge }: { caseId: string; cpr: string; candidates: MergeCandidate[]; canMerge: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function merge(targetCaseId: string) {
    setBusy(targetCaseId);
    setError(null);
    const result = await mergeCasesAction({ caseId, cpr, targetCaseId });
    setBusy(null);
    if (result.ok) router.push(`/sager/${result.data.caseId}`);
    else setError(result.fieldErrors?.targetCaseId?.[0] ?? result.message);
  }

  return (
    <div role="region" aria-labelledby="sammenlaeg-titel" className="rounded border-l-4 border-amber-700 bg-amber-50 p-4">
      <h3 id="sammenlaeg-titel" className="font-semibold">CPR-nummeret tilhører en anden person i jeres register</h3>
      <p className="mt-1 text-sm">
        Det er ikke gemt: et CPR-nummer kan kun stå på én person. Er det den samme borger, lægges denne sag sammen med hendes sag.
        Alt fra denne sag (notater, underretninger, samtykker, hjemler, frister, opgaver og deltagere) flyttes dertil, og denne sag
        afsluttes som &quot;sammenlagt&quot;. Intet slettes, og sammenlægningen står i begge sagers historik.
      </p>
      <FormMessage kind="error">{error}</FormMessage>
      {candidates.length === 0 ? (
        <p className="mt-2 text-sm font-medium">
          Personen har ingen åben sag af samme type, som sagen kan lægges sammen med. Kontrollér CPR-nummeret.
        </p>
      ) : (
        <ul className="mt-3 flex flex-col gap-3">
          {candidates.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-300 bg-white p-3">
              <span>
                <span className="font-mono">{c.caseNumber}</span> · {c.name} · {stageLabel(c.stage)} · oprettet {formatDate(c.createdAt)}
              </span>
              {c.mergeable && canMerge ? (
                <Button type="button" disabled={busy !== null} onClick={() => merge(c.id)}>
                  {busy === c.id ? "Lægger sammen …" : `Læg sammen med ${c.caseNumber}`}
                </Button>
              ) : (
                <span className="text-sm">{MERGE_DIFFERENT_ORGS}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
