import Link from "next/link";
import { QUEUE_FILTER_LABELS, QUEUE_FILTERS, type QueueFilter } from "@/lib/underretninger/queue-filter";

/** Åbne / Mine / Behandlede / Alle above the queue; the current view is marked for screen readers too. */
export function QueueFilterNav({ current }: { current: QueueFilter }) {
  return (
    <nav aria-label="Vis underretninger">
      <ul className="flex flex-wrap gap-2">
        {QUEUE_FILTERS.map((f) => (
          <li key={f}>
            <Link
              href={`/underretninger?vis=${f}#modtagne-titel`}
              aria-current={f === current ? "page" : undefined}
              className={`inline-block rounded border px-3 py-1 ${f === current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-400 text-brand-700 underline"}`}
            >
              {QUEUE_FILTER_LABELS[f]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
