"use client";

import { useState } from "react";
import { revealCprAction } from "@/lib/cases/server-actions";

/** Shows the masked CPR; the full number only on request, which is logged. */
export function RevealCpr({ caseId, masked, canReveal }: { caseId: string; masked: string; canReveal: boolean }) {
  const [cpr, setCpr] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function reveal() {
    setBusy(true);
    const result = await revealCprAction({ caseId });
    setBusy(false);
    if (result.ok) setCpr(result.data.cpr);
    else setError(result.message);
  }

  return (
    <span className="flex flex-wrap items-center gap-3">
      <span className="font-mono" aria-live="polite">{cpr ?? masked}</span>
      {canReveal && !cpr && (
        <button type="button" onClick={reveal} disabled={busy} className="text-sm text-brand-700 underline">
          Vis CPR<span className="sr-only">-nummer (visningen logges)</span>
        </button>
      )}
      {/* Hidden from screen readers: the button already says "(visningen logges)". */}
      {canReveal && !cpr && <span className="text-sm text-slate-600" aria-hidden="true">Visningen logges</span>}
      {error && <span role="alert" className="text-sm text-red-700">{error}</span>}
    </span>
  );
}
