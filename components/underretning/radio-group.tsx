import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

/**
 * Radio buttons in a fieldset whose legend names the question, with the
 * error tied to the group so it is announced (WCAG 1.3.1, 3.3.1).
 */
export function RadioGroup({
  legend,
  options,
  registration,
  error,
}: {
  legend: string;
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  error?: string;
}) {
  const id = useId();
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="radio" value={o.value} {...registration} /> {o.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          <span aria-hidden="true">✖ </span>
          {error}
        </p>
      )}
    </fieldset>
  );
}

export const YES_NO = [
  { value: "JA", label: "Ja" },
  { value: "NEJ", label: "Nej" },
] as const;

export const YES_NO_UNKNOWN = [...YES_NO, { value: "UKENDT", label: "Ved ikke" }] as const;

/** Enum labels as radio/select options, in the enum's order. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}
