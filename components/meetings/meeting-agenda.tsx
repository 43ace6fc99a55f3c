import { Fragment } from "react";
import { AGENDA_PROMPTS, type AgendaPromptKey } from "@/lib/domain/meetings/agenda";

/** The agenda where the record rule opens it; otherwise the plain statement that it is not shared. */
export function MeetingAgenda({ agenda, withheld }: { agenda: { text: string; prompts: Partial<Record<AgendaPromptKey, string>> } | null; withheld: boolean }) {
  const answered = agenda ? AGENDA_PROMPTS.filter((p) => agenda.prompts[p.key]) : [];
  return (
    <section aria-labelledby="moede-dagsorden" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="moede-dagsorden" className="text-lg font-semibold">Dagsorden</h2>
      {!agenda && <p className="mt-2 text-slate-700">{withheld ? "Dagsordenen er ikke delt med din organisation." : "Der er ingen dagsorden."}</p>}
      {agenda && (
        <div className="mt-2 flex flex-col gap-2">
          {agenda.text && <p className="whitespace-pre-wrap">{agenda.text}</p>}
          {answered.length > 0 && (
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
              {answered.map((p) => (<Fragment key={p.key}><dt className="font-medium">{p.label}</dt><dd>{agenda.prompts[p.key]}</dd></Fragment>))}
            </dl>
          )}
        </div>
      )}
    </section>
  );
}
