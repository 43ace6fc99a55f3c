"use client";

import { useEffect, useRef } from "react";
import { errorSummaryHeading } from "@/lib/forms/feedback-text";

/**
 * GOV.UK / DKFDS error summary at the top of a long form (ADR 0021): a heading
 * with the count, one link per field in error; each link moves focus to its
 * field. `attempt` changes on every failed submit, which moves focus here.
 */
export function ErrorSummary({ errors, attempt }: { errors: { fieldId: string; message: string }[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded border-4 border-red-700 bg-white p-4 focus:outline-4 focus:outline-offset-2 focus:outline-amber-400">
      <h2 id="error-summary-title" className="text-lg font-semibold text-red-800">{errorSummaryHeading(errors.length)}</h2>
      <ul className="mt-2 list-disc pl-5">
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a
              href={`#${e.fieldId}`}
              className="font-medium text-red-800 underline"
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(e.fieldId)?.focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
