"use client";

import { useEffect, useRef } from "react";
import type { FieldErrors, FieldValues, FormState } from "react-hook-form";
import { errorSummaryHeading, flattenErrors, type SummaryError } from "@/lib/forms/feedback-text";

/** The summary's input from a react-hook-form: its errors in form order, and the submit count. */
export function useErrorSummary<V extends FieldValues>(formState: FormState<V>): { errors: SummaryError[]; attempt: number } {
  return { errors: flattenErrors(formState.errors as FieldErrors<V>), attempt: formState.submitCount };
}

/** The control a summary link moves to: the registered input of that name, or a group marked data-field. */
function controlOf(name: string): HTMLElement | null {
  const escaped = CSS.escape(name);
  return document.querySelector<HTMLElement>(`[name="${escaped}"]`) ?? document.querySelector<HTMLElement>(`[data-field="${escaped}"]`);
}

/**
 * GOV.UK / DKFDS error summary at the top of a long form (ADR 0021): a heading
 * with the count, one link per field in error; each link moves focus to its
 * field. Focus moves here once per failed submit, also when the errors come
 * back from the server after the submit.
 */
export function ErrorSummary({ errors, attempt }: { errors: SummaryError[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const focusedFor = useRef(0);
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown && attempt > focusedFor.current) {
      focusedFor.current = attempt;
      ref.current?.focus();
    }
  }, [attempt, shown]);
  if (!shown) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded border-4 border-red-700 bg-white p-4 focus:outline-4 focus:outline-offset-2 focus:outline-amber-400">
      <h2 id="error-summary-title" className="text-lg font-semibold text-red-800">{errorSummaryHeading(errors.length)}</h2>
      <ul className="mt-2 list-disc pl-5">
        {errors.map((e) => (
          <li key={e.name}>
            <a
              href={`#${e.name}`}
              className="font-medium text-red-800 underline"
              onClick={(event) => {
                event.preventDefault();
                controlOf(e.name)?.focus();
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
