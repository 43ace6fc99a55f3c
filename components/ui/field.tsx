import { cloneElement, isValidElement, useId, type ReactElement } from "react";

type ControlProps = { id?: string; "aria-invalid"?: boolean; "aria-describedby"?: string };

/**
 * Label, hint, warning and error around one form control, wired with ids so
 * screen readers announce the message with the field (WCAG 1.3.1, 3.3.1).
 */
export function Field({
  label,
  hint,
  warning,
  error,
  children,
}: {
  label: string;
  hint?: string;
  warning?: string;
  error?: string;
  children: ReactElement<ControlProps>;
}) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, warning && `${id}-warning`, error && `${id}-error`].filter(Boolean).join(" ");
  const control = isValidElement(children)
    ? cloneElement(children, { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined })
    : children;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {control}
      {warning && (
        <p id={`${id}-warning`} className="text-sm text-amber-800">
          <span aria-hidden="true">⚠ </span>Advarsel: {warning}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          <span aria-hidden="true">✖ </span>
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  "max-w-full rounded border border-slate-500 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2";
