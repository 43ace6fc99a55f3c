"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { createFeedAction, revokeFeedAction } from "@/lib/meetings/feed-actions";

/** The personal calendar address: made on request, shown once, revocable. */
export function CalendarFeedPanel({ hasFeed }: { hasFeed: boolean }) {
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function create() {
    setBusy(true);
    const result = await createFeedAction({});
    setBusy(false);
    if (result.ok) {
      setUrl(`${window.location.origin}${result.data.path}`);
      setMessage({ kind: "success", text: "Ny kalenderadresse oprettet. Den gamle virker ikke længere." });
    } else setMessage({ kind: "error", text: result.message });
  }
  async function revoke() {
    setBusy(true);
    const result = await revokeFeedAction({});
    setBusy(false);
    setUrl(null);
    setMessage(result.ok ? { kind: "success", text: "Kalenderadressen er spærret." } : { kind: "error", text: result.message });
  }
  return (
    <section aria-labelledby="kalender-titel" className="rounded-lg border border-slate-300 bg-white p-5">
      <h2 id="kalender-titel" className="text-lg font-semibold">Abonnér i din kalender</h2>
      <p className="mt-1 text-slate-700">
        En personlig adresse, som Outlook eller en anden kalender kan abonnere på. Den viser mødetype og tidspunkt, aldrig navne eller sagsoplysninger.
        Del den ikke: alle med adressen kan se dine mødetider.
      </p>
      <div className="mt-3 flex flex-col gap-3">
        {message && <FormMessage kind={message.kind}>{message.text}</FormMessage>}
        {url && (
          <p>
            <label htmlFor="kalender-url" className="font-medium">Din kalenderadresse (vises kun nu)</label>
            <input id="kalender-url" readOnly value={url} className="mt-1 w-full rounded border border-slate-500 px-3 py-2 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
          </p>
        )}
        <div className="flex flex-wrap gap-3">
          <Button type="button" onClick={create} disabled={busy}>{hasFeed || url ? "Lav en ny adresse" : "Lav en kalenderadresse"}</Button>
          {(hasFeed || url) && <Button type="button" variant="secondary" onClick={revoke} disabled={busy}>Spær adressen</Button>}
        </div>
      </div>
    </section>
  );
}
