import { GOAL_STATUS_LABELS, PROGRESS_LABELS } from "@/lib/domain/plans/goal-status";
import { formatDate, formatCivilDay } from "@/lib/format";
import type { MyPart } from "@/lib/plans/my-part";
import { ProgressForm } from "./progress-form";


/** "Min del af planen": the organisation's interventions, the goals they serve, the follow-up task and the progress. */
export function MyPartSection({ planId, part, canRecord, today }: { planId: string; part: MyPart; canRecord: boolean; today: string }) {
  return (
    <section id="min-del" aria-labelledby="min-del-titel" className="flex flex-col gap-3 rounded border border-slate-300 bg-white p-4">
      <h2 id="min-del-titel" className="text-lg font-semibold">Min del af planen</h2>
      {part.goals.length > 0 && (
        <div>
          <h3 className="font-medium">Mål, jeres indsatser tjener</h3>
          <ul className="list-disc pl-5">{part.goals.map((g) => <li key={g.id}>{g.title} – senest {formatCivilDay(g.targetDate)} · {GOAL_STATUS_LABELS[g.status]}</li>)}</ul>
        </div>
      )}
      <ul className="flex flex-col gap-3">
        {part.interventions.map((i) => (
          <li key={i.id} className="rounded border border-slate-200 p-3">
            <h3 className="font-medium">{i.title}</h3>
            <p>Fra {formatCivilDay(i.startDate)}, {i.frequency.toLowerCase()}. Opfølgning {formatCivilDay(i.followUpDate)}.</p>
            {i.task && <p className="text-sm">Opgave: {i.task.title}{i.task.dueAt ? `, frist ${formatDate(i.task.dueAt)}` : ""}{i.task.status === "DONE" ? " (udført)" : ""}</p>}
            {i.progress.length > 0 && (
              <ul className="mt-1 text-sm">{i.progress.map((p) => <li key={p.id}>{PROGRESS_LABELS[p.kind]} {formatCivilDay(p.on)} ({p.byName}){p.note ? `: ${p.note}` : ""}</li>)}</ul>
            )}
            {canRecord && <ProgressForm planId={planId} interventionKey={i.key} title={i.title} today={today} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
