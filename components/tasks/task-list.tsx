import Link from "next/link";
import { taskHref } from "@/lib/tasks/task-link";
import { formatDateTime } from "@/lib/format";
import type { TaskRow } from "@/lib/tasks/queries";
import { ClaimTaskButton } from "./claim-task-button";
import { ReopenTaskButton } from "./reopen-task-button";
import { TaskActions, type Colleague } from "./task-actions";

function Holder({ task }: { task: TaskRow }) {
  if (task.holder === "ME") return <>Dig</>;
  if (task.holder === "COLLEAGUE") return <>{task.holderName ?? "En kollega"}</>;
  return <ClaimTaskButton taskId={task.id} title={task.title} />;
}

function Status({ task }: { task: TaskRow }) {
  if (task.completedAt) {
    return (
      <span className="text-sm">
        Udført {formatDateTime(task.completedAt)}
        {task.completedByName ? ` af ${task.completedByName}` : ""}
        {task.completionNote && <span className="block text-slate-700">Note: {task.completionNote}</span>}
      </span>
    );
  }
  if (task.overdue) {
    return <span className="rounded border border-red-700 bg-red-50 px-1.5 py-0.5 text-sm font-semibold text-red-800">Overskredet</span>;
  }
  return <span className="text-sm">Åben</span>;
}

/**
 * Tasks as a table: open ones soonest first with their actions, or completed
 * ones with "Genåbn". "Overskredet" comes from SQL (dueAt < now()) and is
 * written out, not only coloured.
 */
export function TaskList({ tasks, empty, caption, colleagues }: { tasks: TaskRow[]; empty: string; caption: string; colleagues: Colleague[] }) {
  if (tasks.length === 0) return <p>{empty}</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300 text-sm">
          <tr>
            <th scope="col" className="py-2 pr-4">Opgave</th>
            <th scope="col" className="py-2 pr-4">Sag</th>
            <th scope="col" className="py-2 pr-4">Frist</th>
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2 pr-4">Ansvarlig</th>
            <th scope="col" className="py-2">Handlinger</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => (
            <tr key={t.id} className="border-b border-slate-200 align-top last:border-0">
              <td className="py-2 pr-4">
                {taskHref(t) ? <Link href={taskHref(t)!} className="text-brand-700 underline">{t.title}</Link> : t.title}
              </td>
              <td className="py-2 pr-4">
                {t.caseId ? <Link href={`/sager/${t.caseId}`} className="text-brand-700 underline">{t.subjectName ?? "Sag"}</Link> : "–"}
              </td>
              <td className="py-2 pr-4">{t.dueAt ? formatDateTime(t.dueAt) : "Ingen frist"}</td>
              <td className="py-2 pr-4"><Status task={t} /></td>
              <td className="py-2 pr-4 text-sm"><Holder task={t} /></td>
              <td className="py-2">
                {t.completedAt ? (
                  <ReopenTaskButton taskId={t.id} title={t.title} />
                ) : (
                  <TaskActions taskId={t.id} title={t.title} colleagues={colleagues} ownerUserId={t.ownerUserId} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
