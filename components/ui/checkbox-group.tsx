/** Checkbox group bound to an array field, with a fieldset legend for screen readers. */
export function CheckboxGroup<T extends string>({ legend, hint, error, options, value, onChange }: {
  legend: string; hint?: string; error?: string; options: { value: T; label: string; description?: string }[];
  value: T[]; onChange: (next: T[]) => void;
}) {
  const errorId = `${legend.replace(/\W+/g, "-")}-fejl`;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? errorId : undefined}>
      <legend className="font-medium">{legend}</legend>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      {options.map((o) => (
        <label key={o.value} className="flex items-start gap-2">
          <input
            type="checkbox" className="mt-1 h-4 w-4" checked={value.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
          />
          <span>
            {o.label}
            {o.description && <span className="block text-sm text-slate-600">{o.description}</span>}
          </span>
        </label>
      ))}
      {error && <p id={errorId} className="text-sm font-medium text-red-700"><span aria-hidden="true">✖ </span>{error}</p>}
    </fieldset>
  );
}
