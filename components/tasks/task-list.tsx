import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { TaskRow } from "@/lib/tasks/queries";
import { ClaimTaskButton } from "./claim-task-button";

/**
 * Open tasks, soonest first. "Overskredet" comes from SQL (dueAt < now()) and
 * is written out, not only coloured.
 */
export function TaskList({ tasks, empty, caption }: { tasks: TaskRow[]; empty: string; caption: string }) {
  if (tasks.length === 0) return <p>{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300 text-sm">
          <tr>
            <th scope="col" className="py-2 pr-4">Opgave</th>
            <th scope="col" className="py-2 pr-4">Sag</th>
            <th scope="col" className="py-2 pr-4">Frist</th>
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2">Ansvarlig</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => (
            <tr key={t.id} className="border-b border-slate-200 last:border-0">
              <td className="py-2 pr-4">{t.title}</td>
              <td className="py-2 pr-4">
                {t.caseId ? <Link href={`/sager/${t.caseId}`} className="text-brand-700 underline">{t.subjectName ?? "Sag"}</Link> : "–"}
              </td>
              <td className="py-2 pr-4">{t.dueAt ? formatDateTime(t.dueAt) : "Ingen frist"}</td>
              <td className="py-2 pr-4">
                {t.overdue ? (
                  <span className="rounded border border-red-700 bg-red-50 px-1.5 py-0.5 text-sm font-semibold text-red-800">Overskredet</span>
                ) : (
                  <span className="text-sm">Åben</span>
                )}
              </td>
              <td className="py-2 text-sm">
                {t.holder === "ME" ? "Dig" : t.holder === "COLLEAGUE" ? "En kollega" : <ClaimTaskButton taskId={t.id} title={t.title} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
