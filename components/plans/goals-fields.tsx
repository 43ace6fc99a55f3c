"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { GOAL_STATUS_LABELS, GOAL_STATUSES } from "@/lib/domain/plans/goal-status";
import type { SaveDraftInput } from "@/lib/plans/schemas";
import { MAX_GOALS } from "@/lib/plans/schemas";

/** The plan's goals: each with a target date and the owner's status; the key ties it to interventions across versions. */
export function GoalsFields({ form }: { form: UseFormReturn<SaveDraftInput> }) {
  const { control, register, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "goals" });
  return (
    <fieldset className="flex flex-col gap-3" data-field="goals">
      <legend className="font-medium">Mål</legend>
      {fields.length === 0 && <p className="text-sm">Ingen mål endnu. Planen skal have mindst ét mål, før den sendes til godkendelse.</p>}
      <ol className="flex flex-col gap-3">
        {fields.map((field, i) => {
          const e = errors.goals?.[i];
          return (
            <li key={field.id} className="grid gap-3 rounded border border-slate-200 bg-white p-3 sm:grid-cols-2">
              <div className="sm:col-span-2">
                <Field label={`Mål ${i + 1}`} error={e?.title?.message}><input className={`${inputClass} w-full`} autoComplete="off" {...register(`goals.${i}.title`)} /></Field>
              </div>
              <Field label="Måldato" error={e?.targetDate?.message}><input type="date" className={inputClass} {...register(`goals.${i}.targetDate`)} /></Field>
              <Field label="Status" error={e?.status?.message}>
                <select className={inputClass} {...register(`goals.${i}.status`)}>
                  {GOAL_STATUSES.map((s) => <option key={s} value={s}>{GOAL_STATUS_LABELS[s]}</option>)}
                </select>
              </Field>
              <div className="sm:col-span-2">
                <Field label="Note (valgfri)" error={e?.note?.message}><input className={`${inputClass} w-full`} {...register(`goals.${i}.note`)} /></Field>
              </div>
              <div><Button type="button" variant="link" onClick={() => remove(i)} aria-label={`Fjern mål ${i + 1}`}>Fjern mål</Button></div>
            </li>
          );
        })}
      </ol>
      {fields.length < MAX_GOALS && (
        <div>
          <Button type="button" variant="secondary" onClick={() => append({ key: crypto.randomUUID(), title: "", targetDate: "", status: "IKKE_STARTET", note: "" })}>Tilføj mål</Button>
        </div>
      )}
    </fieldset>
  );
}
